import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { describeMarkers, parseEventMapping, parseEventsTsv } from "./events";

describe("parseEventMapping", () => {
  it("maps markers to labels, several markers per label allowed", () => {
    assert.deepEqual(parseEventMapping("T1=0,T2=1"), { T1: 0, T2: 1 });
    assert.deepEqual(parseEventMapping("left=0, L=0 ,right=1"), { left: 0, L: 0, right: 1 });
  });
  it("refuses bad parts, repeats and one-label mappings", () => {
    assert.throws(() => parseEventMapping("T1:0,T2=1"), /must look like T1=0,T2=1/);
    assert.throws(() => parseEventMapping("T1=2,T2=1"), /must look like/);
    assert.throws(() => parseEventMapping("T1=0,T1=1"), /names marker "T1" twice/);
    assert.throws(() => parseEventMapping("T1=0,T2=0"), /at least one marker label 0 and one label 1/);
  });
});

describe("parseEventsTsv", () => {
  const tsv =
    "onset\tduration\ttrial_type\tchoice\n1.5\t0.5\tfood_image\tapple\n3.0\tn/a\tfood_image\tcake\n4.0\t0\tn/a\tn/a\n";
  it("reads onset, duration and the chosen column; n/a duration is 0; n/a markers are skipped", () => {
    assert.deepEqual(parseEventsTsv(tsv, "e.tsv"), [
      { onset: 1.5, duration: 0.5, description: "food_image" },
      { onset: 3, duration: 0, description: "food_image" },
    ]);
    assert.deepEqual(
      parseEventsTsv(tsv, "e.tsv", "choice").map((e) => e.description),
      ["apple", "cake"],
    );
  });
  it("names the file, the missing column and the bad line", () => {
    assert.throws(
      () => parseEventsTsv(tsv, "e.tsv", "value"),
      /e\.tsv: no "value" column \(columns: onset, duration, trial_type, choice\)/,
    );
    assert.throws(
      () => parseEventsTsv("onset\tduration\ttrial_type\nsoon\t1\tx\n", "e.tsv"),
      /e\.tsv line 2: onset "soon"/,
    );
    assert.throws(() => parseEventsTsv("", "e.tsv"), /e\.tsv: empty/);
  });
  it("counts markers", () => {
    assert.equal(
      describeMarkers([
        { onset: 0, duration: 0, description: "T0" },
        { onset: 1, duration: 0, description: "T1" },
        { onset: 2, duration: 0, description: "T0" },
      ]),
      "T0 2, T1 1",
    );
    assert.equal(describeMarkers([]), "none");
  });
  it("shows runs of numbered markers that occur once each as a range", () => {
    const codes = [
      "IEND",
      "0000",
      "0400",
      "0500",
      "0001",
      "0400",
      "0501",
      "0002",
      "0400",
      "0004",
      "0400",
      "7",
      "8",
      "IEND",
    ];
    const events = codes.map((description, i) => ({ onset: i, duration: 0, description }));
    assert.equal(describeMarkers(events), "IEND 2, 0000…0002 once each, 0400 4, 0500 1, 0501 1, 0004 1, 7 1, 8 1");
  });
});
