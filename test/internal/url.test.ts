import { expect } from '@open-wc/testing';
import { actionHref, safeUrl } from '../../src/internal/url.js';

describe('safeUrl', () => {
  it('allows http, https, mailto, tel and sms', () => {
    for (const href of [
      'https://union.org/a',
      'http://union.org',
      'mailto:a@b.org',
      'tel:+15551234',
      'sms:+15551234',
    ])
      expect(safeUrl(href)?.href, href).to.be.a('string');
  });

  it('refuses script and data links however they are spelled', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '',
      '   ',
      undefined,
      42,
    ])
      expect(safeUrl(href), String(href)).to.equal(undefined);
  });

  it('resolves relative and protocol-relative links against the page', () => {
    expect(safeUrl('/join')?.origin).to.equal(location.origin);
    expect(safeUrl('//evil.example/x')?.hostname).to.equal('evil.example');
  });

  it('keeps userinfo visible rather than hiding the real host', () => {
    expect(safeUrl('https://union.org@evil.example/')?.hostname).to.equal('evil.example');
  });
});

describe('actionHref', () => {
  it('sets the source parameter on http(s) links, replacing one already there', () => {
    const href = actionHref('https://actionnetwork.org/forms/x?clear_id=true&source=OLD', 'UFCW7')!;
    const url = new URL(href);
    expect(url.searchParams.get('source')).to.equal('UFCW7');
    expect(url.searchParams.get('clear_id')).to.equal('true');
    expect(url.searchParams.getAll('source')).to.have.length(1);
  });

  it('leaves the rest of the query as written', () => {
    expect(actionHref('https://a.org/x?ref=a%20b&flag&x=a/b;c&source=OLD#top', 'UFCW 7')).to.equal(
      'https://a.org/x?ref=a%20b&flag&x=a/b;c&source=UFCW%207#top',
    );
  });

  it('leaves links alone without a source, and never adds one to mailto/tel', () => {
    expect(actionHref('https://a.org/x?y=1')).to.equal('https://a.org/x?y=1');
    expect(actionHref('mailto:a@b.org', 'UFCW7')).to.equal('mailto:a@b.org');
  });

  it('refuses unsafe links', () => {
    expect(actionHref('javascript:alert(1)', 'UFCW7')).to.equal(undefined);
  });
});
