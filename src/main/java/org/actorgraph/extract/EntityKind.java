package org.actorgraph.extract;

/** What kind of thing a named entity is; Person, Organization and Country are actors. */
public enum EntityKind {
    PERSON, ORGANIZATION, COUNTRY, PLACE
}
