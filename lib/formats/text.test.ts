import { describe, expect, it } from 'vitest';
import { CITED_ANSWER } from '../../tests/fixtures/exports';
import { decodeEntities, htmlToText, stripCitationMarkers } from './text';

describe('stripCitationMarkers', () => {
  it('leaves text without markers untouched', () => {
    expect(stripCitationMarkers('Plain answer, no markers.')).toBe('Plain answer, no markers.');
  });

  it('removes a whole cite marker and the space before it', () => {
    expect(stripCitationMarkers('Paris is the capital. \uE200cite\uE202turn0search1\uE201')).toBe('Paris is the capital.');
    expect(stripCitationMarkers('It rose \uE200cite\uE202turn0news3\uE202turn1search0\uE201 in May.')).toBe('It rose in May.');
  });

  it('removes image groups and nav lists', () => {
    expect(stripCitationMarkers('Look:\n\uE200i\uE202turn0image0\uE202turn0image1\uE201\nDone')).toBe('Look:\n\nDone');
    expect(stripCitationMarkers('News \uE200navlist\uE202Latest\uE202turn0news1\uE201')).toBe('News');
  });

  it('keeps the name an entity marker shows', () => {
    expect(stripCitationMarkers('Founded by \uE200entity\uE202["people","Ada Lovelace",0]\uE201.')).toBe('Founded by Ada Lovelace.');
    expect(stripCitationMarkers('Broken \uE200entity\uE202[oops\uE201 entity')).toBe('Broken entity');
  });

  it('drops stray private-use characters of the marker block', () => {
    expect(stripCitationMarkers('half \uE200cite open\uE206 and \uE2FF')).toBe('half cite open and ');
  });

  it('skips an unclosed opener and still removes the marker after it', () => {
    expect(stripCitationMarkers('a \uE200 b \uE200cite\uE202x\uE201 c')).toBe('a  b c');
    expect(stripCitationMarkers('x\uE200\uE200entity\uE202[0,"Ada"]\uE201')).toBe('xAda');
    expect(stripCitationMarkers(`${' '.repeat(5)}\uE200never closed`)).toBe('     never closed');
  });

  it('cleans the fixture answer to what the user saw', () => {
    expect(stripCitationMarkers(CITED_ANSWER.raw)).toBe(CITED_ANSWER.shown);
  });
});

describe('htmlToText', () => {
  it('turns paragraphs, line breaks and list items into lines', () => {
    expect(htmlToText('<p>One</p><p>Two<br>three<br/>four</p>')).toBe('One\n\nTwo\nthree\nfour');
    expect(htmlToText('<ul><li>a</li><li class="x">b</li></ul>')).toBe('a\nb');
  });

  it('strips inline tags and keeps their words', () => {
    expect(htmlToText('<p>Read <a href="https://x.y">the <b>docs</b></a>.</p>')).toBe('Read the docs.');
  });

  it('keeps code lines', () => {
    expect(htmlToText('<pre><code>a = 1\nb = 2</code></pre>')).toBe('a = 1\nb = 2');
  });

  it('leaves a stray "<" as text and still strips the tag after it', () => {
    expect(htmlToText('<p>1 < 2 <b>bold</b></p>')).toBe('1 < 2 bold');
    expect(htmlToText('a <<br> b')).toBe('a <\n b');
  });

  it('decodes entities after removing tags, so escaped markup stays text', () => {
    expect(htmlToText('<p>&lt;b&gt; is &quot;bold&quot; &amp; it&#39;s&nbsp;fine</p>')).toBe('<b> is "bold" & it\'s fine');
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hex entities in one pass', () => {
    expect(decodeEntities('&#8211; &#x2013; &#X1F600; &amp;lt;')).toBe('– – 😀 &lt;');
  });

  it('leaves unknown or invalid entities as written', () => {
    expect(decodeEntities('&copy; &#0; &#x110000; &bogus;')).toBe('&copy; &#0; &#x110000; &bogus;');
  });

  it('never looks entity names up on Object.prototype', () => {
    // Found by the fuzzer: "&constructor;" became "function Object() { [native code] }".
    expect(decodeEntities('&constructor; &__proto__; &toString; &hasOwnProperty;')).toBe('&constructor; &__proto__; &toString; &hasOwnProperty;');
  });
});
