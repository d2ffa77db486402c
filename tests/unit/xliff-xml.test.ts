import { describe, expect, it } from 'vitest';
import { MAX_XLIFF_BYTES, parseXliff, writeXliff, XliffImportError, type XliffFile } from '@/lib/translation/xliff-xml';

// The XLIFF 2.0 reader and writer (lib/translation/xliff-xml.ts), on files as CAT tools write them.

const xliff = (units: string, file = '<file id="f1" original="releases/x">') =>
  '<?xml version="1.0" encoding="UTF-8"?>' +
  `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:t="urn:tool" version="2.0" srcLang="ko" trgLang="en">${file}${units}</file></xliff>`;

/** The first unit `parseXliff` reads from a file `xliff` makes of `body`. */
const firstUnit = (body: string) => parseXliff(xliff(body)).units[0];

/** The languages and file of every file `xliff` makes. */
const header = { sourceLanguage: 'ko', targetLanguage: 'en', id: 'f1', original: 'releases/x' };

const errorOf = (xml: string) => {
  try {
    parseXliff(xml);
  } catch (error) {
    expect(error).toBeInstanceOf(XliffImportError);
    expect((error as Error).name).toBe('XliffImportError');
    return (error as Error).message;
  }
  return '';
};

describe('parseXliff', () => {
  it('reads the languages, the file, notes, codes, markers, code points and CDATA, units inside groups too', () => {
    const file = parseXliff(
      xliff(
        '<group id="g"><unit id="p-1"><notes><note>first note</note><note>second</note></notes>' +
          '<segment state="reviewed"><source>첫 <pc id="1" type="fmt" subType="md:strong">굵은</pc><ph id="2" type="image"/></source>' +
          '<target><!-- a comment --><t:x/>First <sm id="m" type="term"/>bold<em startRef="m"/> <![CDATA[a <b>]]>' +
          '<sc id="1" type="fmt" subType="md:strong"/>bold<ec startRef="1"/><cp hex="0001F600"/><ph id="2" type="image"/></target>' +
          '</segment></unit></group>',
      ).replace('<t:x/>', ''),
    );
    expect(file).toEqual<XliffFile>({
      ...header,
      units: [
        {
          id: 'p-1',
          note: 'first note',
          source: [
            '첫 ',
            { code: 'pc', id: '1', type: 'fmt', subType: 'md:strong', contents: ['굵은'] },
            { code: 'ph', id: '2', type: 'image', subType: '' },
          ],
          target: [
            'First ',
            'bold',
            ' ',
            'a <b>',
            { code: 'pc', id: '1', type: 'fmt', subType: 'md:strong', contents: ['bold'] },
            '😀',
            { code: 'ph', id: '2', type: 'image', subType: '' },
          ],
          state: 'reviewed',
        },
      ],
    });
  });

  it('joins segments and the whitespace between them, at the least advanced state; a segment without target leaves the unit untranslated', () => {
    const joined = firstUnit(
      '<unit id="p-1"><segment state="final"><source>하나.</source><target>One.</target></segment>' +
        '<ignorable><source> </source></ignorable>' +
        '<segment><source>둘.</source><target>Two.</target></segment></unit>',
    );
    expect(joined).toEqual({
      id: 'p-1',
      note: undefined,
      source: ['하나.', ' ', '둘.'],
      target: ['One.', ' ', 'Two.'],
      state: 'translated',
    });
    const untranslated = firstUnit(
      '<unit id="p-2"><segment state="final"><source>하나.</source><target>One.</target></segment>' +
        '<segment><source>둘.</source></segment></unit>',
    );
    expect(untranslated).toMatchObject({ target: undefined, state: 'initial' });
  });

  it('reads an attribute a file leaves out as empty: its languages, id and original, a unit’s id, a code’s', () => {
    const file = parseXliff(
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0"><file><unit><segment><source>가<ph/></source></segment></unit></file></xliff>',
    );
    expect(file).toEqual<XliffFile>({
      sourceLanguage: '',
      targetLanguage: '',
      id: '',
      original: undefined,
      units: [
        { id: '', note: undefined, source: ['가', { code: 'ph', id: '', type: '', subType: '' }], target: undefined, state: 'initial' },
      ],
    });
  });

  it('reads <sc>/<ec> pairs inside one another as spans inside one another', () => {
    const unit = firstUnit(
      '<unit id="p-1"><segment><source>가</source><target><sc id="1" type="fmt"/>a <sc id="2" type="link"/>b<ec startRef="2"/> c' +
        '<ec startRef="1"/>.</target></segment></unit>',
    );
    expect(unit!.target).toEqual([
      {
        code: 'pc',
        id: '1',
        type: 'fmt',
        subType: '',
        contents: ['a ', { code: 'pc', id: '2', type: 'link', subType: '', contents: ['b'] }, ' c'],
      },
      '.',
    ]);
  });

  it('leaves out a tool’s own elements, even those named as XLIFF’s', () => {
    const unit = firstUnit(
      '<unit id="p-1"><t:notes><t:note>the tool’s</t:note></t:notes><notes><note>ours</note></notes>' +
        '<t:segment><t:source>x</t:source></t:segment><segment><t:source>x</t:source><source>가</source><target>a</target></segment></unit>',
    );
    expect(unit).toEqual({ id: 'p-1', note: 'ours', source: ['가'], target: ['a'], state: 'translated' });
  });

  it.each([
    ['a segment without a source', '<unit id="p-1"><segment><target>x</target></segment></unit>', 'unit p-1: a <segment> has no <source>'],
    ['a unit without a segment', '<unit id="p-1"><ignorable><source> </source></ignorable></unit>', 'unit p-1: has no <segment>'],
    [
      'a state XLIFF does not know',
      '<unit id="p-1"><segment state="done"><source>가</source><target>a</target></segment></unit>',
      'unit p-1: state "done" is not an XLIFF 2.0 state (initial, translated, reviewed, final)',
    ],
    [
      'an end code that closes nothing',
      '<unit id="p-1"><segment><source>가</source><target>a<ec/></target></segment></unit>',
      'unit p-1: the end code <ec> of (no startRef) does not close the code opened last; keep the codes nested',
    ],
    [
      'an end code named by id that is not the one open',
      '<unit id="p-1"><segment><source>가</source><target><sc id="1"/>a<ec id="2"/></target></segment></unit>',
      'unit p-1: the end code <ec> of 2 does not close the code opened last; keep the codes nested',
    ],
    [
      'the inner of two start codes left open',
      '<unit id="p-1"><segment><source>가</source><target><sc id="1"/><sc id="2"/>a<ec startRef="1"/></target></segment></unit>',
      'unit p-1: the end code <ec> of 1 does not close the code opened last; keep the codes nested',
    ],
    [
      'a code point beyond Unicode',
      '<unit id="p-1"><segment><source>가</source><target>a<cp hex="110000"/></target></segment></unit>',
      'unit p-1: the target holds <cp hex="110000">, which is not a Unicode code point; write the character',
    ],
    [
      'a code point without its number',
      '<unit id="p-1"><segment><source>가<cp/></source><target>a</target></segment></unit>',
      'unit p-1: the source holds <cp hex="">, which is not a Unicode code point; write the character',
    ],
    [
      'a start code left open',
      '<unit id="p-1"><segment><source>가</source><target><sc id="1"/>a<sc id="2"/>b</target></segment></unit>',
      'unit p-1: the start code <sc> 2 has no end code <ec>',
    ],
  ])('refuses %s, naming the unit', (_, units, message) => {
    expect(errorOf(xliff(units))).toBe(message);
  });

  it('refuses what is not an XLIFF 2.0 file, or not XML, with the first line of the parser’s complaint', () => {
    expect(errorOf('<xliff version="2.0"/>')).toBe(
      'is not an XLIFF 2.0 file (its root is not <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0">)',
    );
    expect(errorOf('<x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:2.0"/>')).toBe('expected one <file> (the release), found 0');
    expect(errorOf('<other xmlns="urn:oasis:names:tc:xliff:document:2.0"/>')).toMatch(/^is not an XLIFF 2.0 file/);
  });

  it.each([
    ['<file></xliff>', 'Opening and ending tag mismatch: "file" != "xliff"'],
    ['<file id=x/></xliff>', 'attribute "x" missed quot(")!'],
    ['<file/></xliff><x/>', 'Error constructing the DOM: HierarchyRequestError: Only one element can be added and only after doctype'],
  ])('refuses XML that is not well-formed (%s), with the first line of the parser’s complaint, once', (rest, complaint) => {
    expect(errorOf(`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0">${rest}`)).toBe(`is not well-formed XML: ${complaint}`);
  });

  it('reads a file of exactly the largest size, and refuses one byte more', () => {
    const units = '<unit id="u"><segment><source>가</source></segment></unit>';
    const base = xliff(units);
    const padded = base.replace('</xliff>', `<!--${'x'.repeat(MAX_XLIFF_BYTES - Buffer.byteLength(base) - 7)}--></xliff>`);
    expect(Buffer.byteLength(padded)).toBe(MAX_XLIFF_BYTES);
    expect(parseXliff(padded).units).toHaveLength(1);
    expect(errorOf(`${padded} `)).toBe('is 4.0 MB; an XLIFF file of a release is at most 4 MB');
  });
});

describe('writeXliff', () => {
  it('writes what parseXliff reads back: notes, targets, codes with their attributes, and no attribute left undefined', () => {
    const file: XliffFile = {
      ...header,
      units: [
        {
          id: 'p-1',
          note: 'a note',
          source: [
            '첫 ',
            { code: 'pc', id: '1', type: 'fmt', subType: 'md:strong', contents: ['굵은'] },
            { code: 'ph', id: '2', type: 'other', subType: 'md:break' },
          ],
          target: [
            'First ',
            { code: 'pc', id: '1', type: 'fmt', subType: 'md:strong', contents: ['bold'] },
            { code: 'ph', id: '2', type: 'other', subType: 'md:break' },
          ],
          state: 'translated',
        },
        { id: 'p-2', note: undefined, source: ['둘'], target: undefined, state: 'initial' },
      ],
    };
    const xml = writeXliff(file);
    expect(xml).not.toContain('undefined');
    expect(xml).toContain('<notes><note>a note</note></notes>');
    expect(xml).toContain('<ph id="2" type="other" subType="md:break"/></target>');
    expect(xml).toContain('<unit id="p-2"><segment state="initial"><source>둘</source></segment></unit>');
    expect(parseXliff(xml)).toEqual(file);
    // A file read without an original is written without one.
    expect(parseXliff(writeXliff({ ...file, original: undefined }))).toEqual({ ...file, original: undefined });
  });
});
