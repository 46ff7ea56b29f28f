package org.actorgraph.spark;

import org.apache.spark.sql.SparkSession;

/** A Spark session in local mode with two worker threads, as small as Spark allows. */
final class LocalSpark {
    private LocalSpark() {}

    static SparkSession start() {
        return SparkSession.builder().master("local[2]").appName("actorgraph-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
    }
}
