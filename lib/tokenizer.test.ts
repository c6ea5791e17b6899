import assert from "node:assert/strict";
import { test } from "node:test";
import { TOKENIZER_VERSION, tokenize } from "./tokenizer";

const cases: { name: string; text: string; words: string[] }[] = [
  { name: "lowercases", text: "Great MOVIE", words: ["great", "movie"] },
  { name: "<br /> is a space", text: "good<br />bad", words: ["good", "bad"] },
  { name: "<br/> is a space", text: "good<br/>bad", words: ["good", "bad"] },
  { name: "<BR> is a space", text: "good<BR>bad", words: ["good", "bad"] },
  { name: "repeated line breaks", text: "end.<br /><br />Start", words: ["end", "start"] },
  { name: "inner apostrophe kept", text: "I don't care", words: ["i", "don't", "care"] },
  { name: "several inner apostrophes", text: "Rock'n'Roll!", words: ["rock'n'roll"] },
  { name: "curly apostrophe normalised", text: "don\u2019t won\u2018t", words: ["don't", "won't"] },
  {
    name: "punctuation dropped",
    text: 'Wow!!! Really?! (yes), "no"; ok... a-b',
    words: ["wow", "really", "yes", "no", "ok", "a", "b"],
  },
  {
    name: "leading and trailing apostrophes dropped",
    text: "'tis the actors' 'best'",
    words: ["tis", "the", "actors", "best"],
  },
  { name: "doubled apostrophe splits", text: "a''b", words: ["a", "b"] },
  { name: "digits kept", text: "10/10, 2001 rated 7.5", words: ["10", "10", "2001", "rated", "7", "5"] },
  { name: "Latin letters with accents", text: "Café NAÏVE", words: ["café", "naïve"] },
  { name: "decomposed accent is composed", text: "cafe\u0301", words: ["caf\u00e9"] },
  { name: "Chinese kept", text: "好電影", words: ["好電影"] },
  { name: "Cyrillic kept", text: "Русский фильм", words: ["русский", "фильм"] },
  { name: "emoji dropped", text: "loved it 😍👍 so much", words: ["loved", "it", "so", "much"] },
  { name: "emoji between letters separates words", text: "good😍bad", words: ["good", "bad"] },
  { name: "empty text", text: "", words: [] },
  { name: "only whitespace", text: " \t\n ", words: [] },
  { name: "only punctuation", text: "?!... --", words: [] },
  { name: "HTML tags removed", text: "<i>loved</i> it<p>truly</P>", words: ["loved", "it", "truly"] },
  { name: "tag with attributes", text: '<a href="x">great</a> film', words: ["great", "film"] },
  { name: "a lone < is not a tag", text: "3 < 5 stars", words: ["3", "5", "stars"] },
  { name: "named entities decoded", text: "Tom &amp; Jerry &quot;fun&quot;", words: ["tom", "jerry", "fun"] },
  {
    name: "entity apostrophe joins the word",
    text: "don&#39;t isn&rsquo;t won&#x27;t",
    words: ["don't", "isn't", "won't"],
  },
  { name: "unknown entity left as text", text: "a &bogus; b", words: ["a", "bogus", "b"] },
  { name: "backtick apostrophe", text: "don`t", words: ["don't"] },
  { name: "acute accent apostrophe", text: "don\u00b4t", words: ["don't"] },
  { name: "modifier letter apostrophe", text: "don\u02bct", words: ["don't"] },
  { name: "fullwidth apostrophe", text: "don\uff07t", words: ["don't"] },
  { name: "prime apostrophe", text: "don\u2032t", words: ["don't"] },
  { name: "NFKC folds fullwidth letters", text: "\uff27\uff4f\uff4f\uff44", words: ["good"] },
  { name: "NFKC folds ligatures", text: "\ufb01ne", words: ["fine"] },
  { name: "zero-width space inside a word dropped", text: "gr\u200beat", words: ["great"] },
  { name: "soft hyphen dropped", text: "won\u00adderful", words: ["wonderful"] },
  { name: "heart with variation selector leaves no token", text: "I \u2764\ufe0f it", words: ["i", "it"] },
  { name: "BOM dropped", text: "\ufeffgood", words: ["good"] },
];

for (const { name, text, words } of cases) {
  test(`tokenize: ${name}`, () => {
    assert.deepEqual(tokenize(text), words);
  });
}

test("TOKENIZER_VERSION is a positive integer", () => {
  assert.ok(Number.isInteger(TOKENIZER_VERSION) && TOKENIZER_VERSION >= 1);
});
