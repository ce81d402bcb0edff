import { expect } from '@open-wc/testing';
import { parseJson } from '../../src/schemas.js';

/** The "at line L, column C" of parseJson's message for `text`, or '' when it names no place. */
const place = (text: string) => {
  const parsed = parseJson(text, 'campaign.json');
  if (parsed.ok) throw new Error(`${JSON.stringify(text)} parsed`);
  expect(parsed.message).to.match(
    /^campaign\.json is not valid JSON( at line \d+, column \d+)?: \S/,
  );
  return /at line (\d+), column (\d+)/.exec(parsed.message)?.slice(1).join(':') ?? '';
};

// Every engine's JSON.parse refuses these, but only V8 says where; the message must, everywhere.
describe('parseJson: where a broken file goes wrong, in every engine', () => {
  it('names the line and column of the first character that cannot be JSON', () => {
    expect(place('{\n  "petition": {"count": 8412,}\n}')).to.equal('2:30'); // trailing comma
    expect(place('{ "results": [1, 2,, 3] }')).to.equal('1:20');
    expect(place('[1,]')).to.equal('1:4');
    expect(place("{'title': 'x'}")).to.equal('1:2');
    expect(place('{"a" 1}')).to.equal('1:6');
    expect(place('{\n"goal": 010}')).to.equal('2:10'); // a leading zero
    expect(place('["bad \\q escape"]')).to.equal('1:8');
    expect(place('["\\u12g4"]')).to.equal('1:7');
    expect(place('["tab\tinside"]')).to.equal('1:6');
    expect(place('[1e]')).to.equal('1:4');
    expect(place('{"qr": tru}')).to.equal('1:11');
    expect(place('{"a": 1}\n{"b": 2}')).to.equal('2:1'); // two documents
    expect(place('\uFEFF{"a": }')).to.equal('1:7'); // the byte-order mark is not a column
  });

  it('parses what is valid, and names no place when the text only ends too early', () => {
    const valid = parseJson('  {"a": [true, false, null, -0.5e+3, "\\u00e9\\n"]} ', 'x');
    expect(valid).to.deep.equal({ ok: true, value: { a: [true, false, null, -500, 'é\n'] } });
    expect(place('')).to.equal('');
    // V8 names the end here, the others nothing: either way, no place inside the text.
    expect(['', '1:44']).to.include(place('{"sessions": [{"start": "2025-08-21T18:00"}'));
  });
});
