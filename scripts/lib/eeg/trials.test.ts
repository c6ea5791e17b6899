import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { subjectsOf, type TrialFile, TrialFormatError, validateTrialFile } from "./trials";
import { formatTrialCsv, parseTrialCsv } from "./trials-csv";

/** Two channels, three time steps, two trials. */
function goodFile(): TrialFile {
  return {
    format: "eeg-trials",
    version: 1,
    samplingRate: 100,
    epochStart: -0.01,
    channels: ["Cz", "Pz"],
    trials: [
      {
        id: "a1",
        subject: "A",
        label: 0,
        samples: [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
      },
      {
        id: "b1",
        subject: "B",
        label: 1,
        samples: [
          [-1, -2],
          [-3, -4],
          [-5, -6],
        ],
        artifacts: ["blink"],
      },
    ],
  };
}

describe("validateTrialFile", () => {
  it("accepts a good file and returns it unchanged", () => {
    assert.deepEqual(validateTrialFile(goodFile()), goodFile());
  });
  it("returns the caller's object itself, extra keys included", () => {
    const file = { ...goodFile(), note: "kept" };
    assert.equal(validateTrialFile(file), file);
  });

  const cases: { name: string; change: (file: TrialFile) => unknown; error: RegExp }[] = [
    {
      name: "a ragged trial",
      change: (f) => {
        f.trials[1].samples.pop();
        return f;
      },
      error: /^trial 1 \("b1"\): has 2 time steps, trial 0 has 3/,
    },
    {
      name: "NaN",
      change: (f) => {
        f.trials[1].samples[2][1] = NaN;
        return f;
      },
      error: /^trial 1 \("b1"\): time step 2, channel Pz: NaN is not a finite number/,
    },
    {
      name: "null (NaN after JSON.stringify)",
      change: (f) => JSON.parse(JSON.stringify(f).replace("-4", "null")),
      error: /^trial 1 \("b1"\): time step 1, channel Pz: null is not a finite number/,
    },
    {
      name: "a string value",
      change: (f) => {
        (f.trials[0].samples[0] as unknown[])[0] = "1";
        return f;
      },
      error: /^trial 0 \("a1"\): time step 0, channel Cz: "1" is not a finite number/,
    },
    {
      name: "label 2",
      change: (f) => {
        (f.trials[1] as { label: number }).label = 2;
        return f;
      },
      error: /^trial 1 \("b1"\): "label" must be 0 or 1, got 2/,
    },
    {
      name: 'label "1"',
      change: (f) => {
        (f.trials[0] as { label: unknown }).label = "1";
        return f;
      },
      error: /^trial 0 \("a1"\): "label" must be 0 or 1, got "1"/,
    },
    {
      name: "too few channels in a time step",
      change: (f) => {
        f.trials[0].samples[1] = [3];
        return f;
      },
      error: /^trial 0 \("a1"\): time step 1 has 1 values, expected one per channel \(2\)/,
    },
    {
      name: "too many channels in a time step",
      change: (f) => {
        f.trials[1].samples[0] = [1, 2, 3];
        return f;
      },
      error: /^trial 1 \("b1"\): time step 0 has 3 values/,
    },
    {
      name: "a duplicate id",
      change: (f) => {
        f.trials[1].id = "a1";
        return f;
      },
      error: /^trial 1 \("a1"\): "id" is used by an earlier trial too/,
    },
    {
      name: "a missing subject",
      change: (f) => {
        (f.trials[0] as { subject?: string }).subject = undefined;
        return f;
      },
      error: /^trial 0 \("a1"\): "subject" must be a non-empty string/,
    },
    {
      name: "no samples",
      change: (f) => {
        f.trials[0].samples = [];
        return f;
      },
      error: /^trial 0 \("a1"\): "samples" must be a non-empty list/,
    },
    {
      name: "an absent subject key",
      change: (f) => {
        delete (f.trials[1] as { subject?: string }).subject;
        return f;
      },
      error: /^trial 1 \("b1"\): "subject" is missing/,
    },
    {
      name: "a trial that is not an object",
      change: (f) => ({ ...f, trials: [f.trials[0], [1, 2]] }),
      error: /^trial 1: must be an object/,
    },
    {
      name: "a time step that is not a list",
      change: (f) => {
        (f.trials[0].samples as unknown[])[2] = 5;
        return f;
      },
      error: /^trial 0 \("a1"\): time step 2 is not a list of numbers/,
    },
    {
      name: "artifacts that are not strings",
      change: (f) => {
        (f.trials[1] as { artifacts: unknown }).artifacts = [1];
        return f;
      },
      error: /^trial 1 \("b1"\): "artifacts" must be a list of strings/,
    },
    { name: "a wrong format name", change: (f) => ({ ...f, format: "eeg" }), error: /"format" must be "eeg-trials"/ },
    {
      name: "a missing sampling rate",
      change: (f) => ({ ...f, samplingRate: undefined }),
      error: /"samplingRate" must be a positive number/,
    },
    {
      name: "duplicate channel names",
      change: (f) => ({ ...f, channels: ["Cz", "Cz"] }),
      error: /"channels" has duplicate names/,
    },
    { name: "no trials", change: (f) => ({ ...f, trials: [] }), error: /"trials" must be a non-empty list/ },
    { name: "an array", change: () => [], error: /must be a JSON object/ },
  ];
  for (const { name, change, error } of cases) {
    it(`rejects ${name}`, () => {
      assert.throws(
        () => validateTrialFile(change(goodFile())),
        (e: Error) => e instanceof TrialFormatError && error.test(e.message),
      );
    });
  }
});

describe("parseTrialCsv", () => {
  const timing = { samplingRate: 100, epochStart: -0.01 };
  const csv = formatTrialCsv(goodFile());

  it("writes one row per time step under a trial,subject,label,<channels> header", () => {
    assert.equal(csv.split("\n").slice(0, 3).join("\n"), "trial,subject,label,Cz,Pz\na1,A,0,1,2\na1,A,0,3,4");
  });
  it("reads back what formatTrialCsv wrote (without the artifact notes)", () => {
    const expected = goodFile();
    delete expected.trials[1].artifacts;
    assert.deepEqual(parseTrialCsv(csv, timing), expected);
  });

  it("reads quoted fields, as spreadsheets write them, and writes them back quoted", () => {
    const quoted = 'trial,subject,label,"Cz"\n"s01, run 2 #1","s01",1,"1.5"\n"s01, run 2 #1",s01,"1",2\n';
    const file = parseTrialCsv(quoted, timing);
    assert.deepEqual(file.trials, [{ id: "s01, run 2 #1", subject: "s01", label: 1, samples: [[1.5], [2]] }]);
    assert.deepEqual(parseTrialCsv(formatTrialCsv(file), timing), file);
    assert.match(formatTrialCsv(file), /^"s01, run 2 #1",s01,1,1.5$/m);
  });

  const cases: { name: string; text: string; error: RegExp }[] = [
    {
      name: "an unclosed quote",
      text: 'trial,subject,label,Cz\n"t1,A,0,1\n',
      error: /^line 2: a quoted field is never closed/,
    },
    { name: "a bad header", text: "id,subject,label,Cz\n", error: /^line 1: the header must be/ },
    {
      name: "NaN",
      text: "trial,subject,label,Cz\nt1,A,0,1\nt1,A,0,NaN\n",
      error: /^line 3 \(trial "t1"\), channel Cz: "NaN" is not a finite number/,
    },
    {
      name: "an empty field",
      text: "trial,subject,label,Cz,Pz\nt1,A,0,1,\n",
      error: /^line 2 \(trial "t1"\), channel Pz: "" is not a finite number/,
    },
    {
      name: "a missing channel",
      text: "trial,subject,label,Cz,Pz\nt1,A,0,1,2\nt1,A,0,1\n",
      error: /^line 3 \(trial "t1"\): 4 fields, the header has 5/,
    },
    {
      name: "label yes",
      text: "trial,subject,label,Cz\nt1,A,yes,1\n",
      error: /^line 2 \(trial "t1"\): label must be 0 or 1, got "yes"/,
    },
    {
      name: "a label change inside a trial",
      text: "trial,subject,label,Cz\nt1,A,0,1\nt1,A,1,1\n",
      error: /^line 3 \(trial "t1"\): subject or label differs/,
    },
    {
      name: "split trial rows",
      text: "trial,subject,label,Cz\nt1,A,0,1\nt2,A,0,1\nt1,A,0,1\n",
      error: /^line 4 \(trial "t1"\): rows of trial "t1" are not together/,
    },
    {
      name: "ragged trials",
      text: "trial,subject,label,Cz\nt1,A,0,1\nt1,A,0,2\nt2,B,1,1\n",
      error: /^trial 1 \("t2"\): has 1 time steps, trial 0 has 2/,
    },
  ];
  for (const { name, text, error } of cases) {
    it(`rejects ${name}`, () => {
      assert.throws(
        () => parseTrialCsv(text, timing),
        (e: Error) => e instanceof TrialFormatError && error.test(e.message),
      );
    });
  }
});

describe("subjectsOf", () => {
  it("lists each subject once, in order of first appearance", () => {
    const trials = [{ subject: "s2" }, { subject: "s1" }, { subject: "s2" }].map((t, i) => ({
      ...t,
      id: `${i}`,
      label: 0 as const,
      samples: [[0]],
    }));
    assert.deepEqual(subjectsOf(trials), ["s2", "s1"]);
  });
});
