/**
 * One conversion run, below the command line: articles are read, extracted, mapped to RDF, checked against the
 * SHACL shapes and stored, one named graph each; unchanged articles are skipped by their source digest; extraction
 * runs on several threads when asked; a run that has grown the store a lot ends by compacting it. Progress goes out
 * as events to a {@link org.actorgraph.pipeline.ConversionListener}, and the run returns a
 * {@link org.actorgraph.pipeline.ConversionResult}. Commands, the server and the evaluation use this package; it uses
 * none of them.
 */
package org.actorgraph.pipeline;
