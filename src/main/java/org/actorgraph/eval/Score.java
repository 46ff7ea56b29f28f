package org.actorgraph.eval;

/**
 * Counts behind precision and recall: of the gold items, how many were found; of the predicted items, how many
 * were right. Kept apart because span matching makes the two numbers differ.
 */
public final class Score {
    int gold;
    int found;
    int predicted;
    int correct;

    public void gold(boolean wasFound) {
        gold++;
        if (wasFound) found++;
    }

    public void predicted(boolean wasRight) {
        predicted++;
        if (wasRight) correct++;
    }

    void add(Score o) {
        gold += o.gold;
        found += o.found;
        predicted += o.predicted;
        correct += o.correct;
    }

    public double recall() {
        return gold == 0 ? Double.NaN : (double) found / gold;
    }

    public double precision() {
        return predicted == 0 ? Double.NaN : (double) correct / predicted;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        if (Double.isNaN(p) || Double.isNaN(r) || p + r == 0) return Double.isNaN(p) || Double.isNaN(r) ? Double.NaN : 0;
        return 2 * p * r / (p + r);
    }

    public int gold() { return gold; }
    public int found() { return found; }
    public int predicted() { return predicted; }
    public int correct() { return correct; }
}
