import { expect } from '@open-wc/testing';
import { schemas, toJsonSchema } from '../../src/schemas.js';

type Json = Record<string, unknown>;
type Obj = { required?: string[]; properties: Record<string, Json & { items?: Obj }> } & Json;

describe('toJsonSchema', () => {
  it('derives the vote tally JSON Schema from the runtime schema', () => {
    const json = toJsonSchema(schemas['vote-tally']) as Obj;
    expect(json.required).to.deep.equal(['results']);
    const result = json.properties.results.items!;
    expect(result.required).to.deep.equal(['union']);
    expect(result.properties.yes).to.deep.include({ type: 'integer', minimum: 0 });
    expect(result.properties.yesPercent).to.deep.include({
      type: 'number',
      minimum: 0,
      maximum: 100,
    });
    expect(result.properties.qualifier).to.deep.include({ enum: ['over'] });
    expect(result.properties.url).to.deep.include({ type: 'string', format: 'uri' });
  });

  it('marks each property as refusing the data (error) or worked around (warning)', () => {
    const json = toJsonSchema(schemas['vote-tally']) as Obj;
    expect(json.description).to.match(/"x-severity"/);
    expect(json.properties.results['x-severity']).to.equal('error');
    expect(json.properties.title['x-severity']).to.equal('warning');
    const result = json.properties.results.items!;
    expect(result.properties.union['x-severity']).to.equal('error');
    expect(result.properties.url['x-severity']).to.equal('warning');
    const petition = toJsonSchema(schemas['petition-counter']) as Obj;
    expect(petition.properties.url['x-severity']).to.equal('error');
    const ta = toJsonSchema(schemas['ta-list']) as Obj;
    const status = ta.properties.subgroups.items!.properties.items.items!.properties.status;
    expect(status).to.deep.include({
      enum: ['ta', 'recommended', 'open'],
      'x-severity': 'warning',
    });
    expect(status.description).to.match(/shown as open/);
  });

  it('caps every list', () => {
    const town = toJsonSchema(schemas['town-hall']) as Obj;
    expect(town.properties.sessions).to.deep.include({ maxItems: 200 });
    const tally = toJsonSchema(schemas['vote-tally']) as Obj;
    expect(tally.properties.results).to.deep.include({ maxItems: 100 });
  });

  it('lets an editor flag a zone abbreviation: Area/Location names and UTC only', () => {
    const town = toJsonSchema(schemas['town-hall']) as Obj;
    const pattern = new RegExp(town.properties.timeZone.pattern as string, 'u');
    for (const ok of ['America/Denver', 'Etc/GMT+5', 'UTC', 'America/Argentina/Buenos_Aires'])
      expect(pattern.test(ok), ok).to.equal(true);
    for (const bad of ['PST', 'EST5EDT', 'CET', 'GMT', 'utc'])
      expect(pattern.test(bad), bad).to.equal(false);
  });
});
