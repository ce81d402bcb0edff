import { expect } from '@open-wc/testing';
import { schemas, toJsonSchema } from '../../src/schemas.js';

describe('toJsonSchema', () => {
  it('derives the vote tally JSON Schema from the runtime schema', () => {
    const json = toJsonSchema(schemas['vote-tally']) as {
      required: string[];
      properties: Record<
        string,
        { items?: { required: string[]; properties: Record<string, Record<string, unknown>> } }
      >;
    };
    expect(json.required).to.deep.equal(['results']);
    const result = json.properties.results.items!;
    expect(result.required).to.deep.equal(['union']);
    expect(result.properties.yes).to.deep.include({ type: 'integer', minimum: 0 });
    expect(result.properties.yesPercent).to.deep.include({
      type: 'number',
      minimum: 0,
      maximum: 100,
    });
    expect(result.properties.qualifier).to.deep.equal({ enum: ['over'] });
    expect(result.properties.url).to.deep.include({ type: 'string', format: 'uri' });
  });
});
