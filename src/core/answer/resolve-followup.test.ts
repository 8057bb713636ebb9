import { describe, expect, it } from 'vitest';
import type { ChatTurn } from './types.js';
import { detectLanguage } from '../text/detect-language.js';
import { resolveFollowup as resolveIn } from './resolve-followup.js';

/** As a parsed turn calls it: with the message's language. */
const resolveFollowup = (question: string, turns: ChatTurn[]) => resolveIn(question, turns, detectLanguage(question));

const history = [
  { role: 'user' as const, content: 'Can a tech company get a loan backed by its patents?' },
  { role: 'assistant' as const, content: 'Measure 10 (Enhancing technology finance) addresses this [M10].' },
];

describe('follow-up resolution', () => {
  it.each([
    'Who handles that?',
    'Is it still valid?',
    'How much?',
    'Which banks offer it and at what interest rate?',
    '那找哪个部门？',
    '那申请条件呢？',
    '有金额吗？',
  ])('carries the previous measures into a question with no subject of its own: %s', (question) => {
    expect(resolveFollowup(question, history).carriedIds).toEqual(['M10']);
  });

  it.each([
    'Does that also apply to foreign-owned firms?',
    'Do these measures cover start-ups too?',
    '那这条归哪个部门管？',
    '这条对外资企业也适用吗？',
    '外资企业也适用吗',
    'Also applicable to foreign-owned firms?',
  ])('carries the previous measures when the question points at them, whatever else it names: %s', (question) => {
    expect(resolveFollowup(question, history).carriedIds).toEqual(['M10']);
  });

  it('searches a pointing follow-up with its subject together with the previous question, carrying nothing', () => {
    expect(resolveFollowup('And for elderly care?', history)).toEqual({ context: history[0]!.content, carriedIds: [] });
  });

  it.each(['What is the weather tomorrow?', 'Which measures support biomedicine?', '我们是一家做跨境电商的公司，有什么支持？'])(
    'treats a question that does not point back as new: %s',
    (question) => {
      expect(resolveFollowup(question, history)).toEqual({ context: null, carriedIds: [] });
    },
  );

  it('points past greetings and thanks to the last answer that cited something', () => {
    const withThanks = [
      ...history,
      { role: 'user' as const, content: 'thanks!' },
      { role: 'assistant' as const, content: "You're welcome!" },
    ];
    expect(resolveFollowup('Who handles that?', withThanks)).toEqual({ context: history[0]!.content, carriedIds: ['M10'] });
  });

  it('needs a conversation to lean on', () => {
    expect(resolveFollowup('Who handles that?', [])).toEqual({ context: null, carriedIds: [] });
  });

  it('gathers the latest answers for "so what can we apply for?", and the last two for "those two"', () => {
    const described = [
      { role: 'user' as const, content: 'We are a biotech start-up developing new drugs.' },
      { role: 'assistant' as const, content: 'Measure 30 applies [M30].' },
      { role: 'user' as const, content: 'We also want to register abroad.' },
      { role: 'assistant' as const, content: 'Measure 31 applies [M31].' },
      { role: 'user' as const, content: 'And banks will not lend to us.' },
      { role: 'assistant' as const, content: 'Measure 12 applies [M12].' },
    ];
    for (const question of ['So what can we apply for?', '那我们能申请哪些？']) {
      expect(resolveFollowup(question, described).carriedIds).toEqual(['M30', 'M31', 'M12']);
    }
    expect(resolveFollowup('Who runs those two?', described).carriedIds).toEqual(['M31', 'M12']);
    expect(resolveFollowup('Who runs it?', described).carriedIds).toEqual(['M12']);
  });

  it('gathers past answers that only repeated a measure ("who runs it?", "what rate?")', () => {
    const asked = (content: string, id: string) => [
      { role: 'user' as const, content },
      { role: 'assistant' as const, content: `Measure ${id.slice(1)} applies [${id}].` },
    ];
    const talked = [
      ...asked('Anything that helps us cut costs?', 'M4'),
      ...asked('What about the R&D super deduction?', 'M35'),
      ...asked("Who's responsible for it?", 'M35'),
      ...asked("What's the extra deduction rate?", 'M35'),
      ...asked('Also small-business loans?', 'M12'),
    ];
    expect(resolveFollowup('So what can we apply for?', talked).carriedIds).toEqual(['M4', 'M35', 'M12']);
    // What a narrowing leaves out does not describe what it wants.
    expect(resolveFollowup('So overall which can we apply for? Only the ones about people, not the company.', talked)).toMatchObject({
      narrowTo: ['M4', 'M35', 'M12'],
      query: 'So overall which can we apply for? Only the ones about people.',
    });
    expect(resolveFollowup('Keep it to the ones the Commerce Commission runs.', talked).narrowTo).toEqual(['M12']);
    // Narrowing a gathering narrows what the conversation gave, not only the last answer.
    expect(resolveFollowup('So in total what could we apply for? Only the financing ones please.', talked).narrowTo).toEqual([
      'M4',
      'M35',
      'M12',
    ]);
  });
});

describe('details asked of the last answer', () => {
  it.each(["what's the budget per project for that?", 'Is there a funding cap?'])('carry its measures: %s', (question) => {
    expect(resolveFollowup(question, history).carriedIds).toEqual(['M10']);
  });
});

describe('corrections and narrowing', () => {
  it('a correction searches with the previous question and leaves out what was answered', () => {
    expect(resolveFollowup('No, I meant the finance one.', history)).toEqual({
      context: history[0]!.content,
      carriedIds: [],
      exclude: ['M10'],
      query: 'the finance one.',
    });
    expect(resolveFollowup('不是这个，我说的是人才那条', history)).toMatchObject({ exclude: ['M10'], query: '人才那条' });
    // What was not meant is left out of the search.
    expect(resolveFollowup("we're not building a park, we just run tournaments and content", history)).toMatchObject({
      exclude: ['M10'],
      query: 'run tournaments and content',
    });
    expect(resolveFollowup('我们不是建园区，只是办比赛', history)).toMatchObject({ query: '办比赛' });
    expect(resolveFollowup('I meant green bonds, not carbon trading', history)).toMatchObject({ query: 'green bonds' });
    expect(resolveFollowup('no, I meant lending to small firms, not the pension stuff', history)).toMatchObject({
      query: 'lending to small firms',
    });
    const several = [history[0]!, { role: 'assistant' as const, content: 'Measures 13 and 32 apply [M13][M32].' }];
    expect(resolveFollowup('No, I meant the finance one.', several)).toMatchObject({ narrowTo: ['M13', 'M32'], corrects: true });
  });

  it('reads the measures a question names by what they are about, not ordinals', () => {
    const several = [history[0]!, { role: 'assistant' as const, content: 'Measures 11 and 14 apply [M11][M14].' }];
    expect(resolveFollowup('Who runs the ESG one and the digital one?', several).described).toEqual({
      phrases: ['ESG', 'digital'],
      among: ['M11', 'M14'],
    });
    expect(resolveFollowup('养老那条是谁负责的', several).described?.phrases).toEqual(['养老']);
    expect(resolveFollowup('and the next one?', several).described).toBeUndefined();
    expect(resolveFollowup('Who runs the other one?', several).described).toBeUndefined();
  });

  it('narrowing keeps to the last answer', () => {
    expect(resolveFollowup('only the green ones', history)).toEqual({ context: null, carriedIds: [], narrowTo: ['M10'] });
  });
});

describe('walking through the text', () => {
  it.each([
    ['And the next one?', ['M11']],
    ['next', ['M11']],
    ['previous one?', ['M9']],
    ['下一条呢？', ['M11']],
    ['再下一条', ['M11']],
    ['上一条是什么', ['M9']],
    ['go back one', ['M9']],
    ['step forward', ['M11']],
  ])('%s carries the neighbouring section', (question, ids) => {
    expect(resolveFollowup(question, history)).toEqual({ context: null, carriedIds: ids });
  });

  it('steps through requirements too, and never below the first', () => {
    const requirement = [history[0]!, { role: 'assistant' as const, content: 'Overall Requirement 1 [R1].' }];
    expect(resolveFollowup('and the next one?', requirement).carriedIds).toEqual(['R2']);
    expect(resolveFollowup('previous?', requirement).carriedIds).toEqual([]);
  });
});

describe('several measures at once', () => {
  const three = [
    { role: 'user' as const, content: 'Measure 10?' },
    { role: 'assistant' as const, content: 'Measure 10 [M10].' },
    { role: 'user' as const, content: 'next' },
    { role: 'assistant' as const, content: 'Measure 11 [M11].' },
    { role: 'user' as const, content: 'next' },
    { role: 'assistant' as const, content: 'Measure 12 [M12].' },
  ];
  it.each([
    ['Compare the last two measures we discussed.', ['M11', 'M12']],
    ["Which department is responsible for the three measures we've covered?", ['M10', 'M11', 'M12']],
  ])('%s', (question, ids) => {
    expect(resolveFollowup(question, three).carriedIds).toEqual(ids);
  });

  it.each([
    ['这三条里哪个部门出现得最多？', ['M10', 'M11', 'M12']],
    ['which of these three is the Justice Bureau responsible for?', ['M10', 'M11', 'M12']],
  ])('narrows the measures a plural reaches: %s', (question, ids) => {
    expect(resolveFollowup(question, three).narrowTo).toEqual(ids);
  });

  it('"these two" reaches back past an answer that repeated the one before it', () => {
    const repeated = [
      { role: 'user' as const, content: 'R&D support?' },
      { role: 'assistant' as const, content: 'Measure 30 [M30].' },
      { role: 'user' as const, content: 'And FDA registration?' },
      { role: 'assistant' as const, content: 'Measure 31 [M31].' },
      { role: 'user' as const, content: 'How long does the FDA take?' },
      { role: 'assistant' as const, content: 'Measure 31 [M31].' },
    ];
    expect(resolveFollowup('那前面这两条都是哪个部门管的', repeated).carriedIds).toEqual(['M30', 'M31']);
  });
});

describe('picking an item of a list', () => {
  const numbered = [
    { role: 'user' as const, content: 'two things: 1) cultural product development 2) an immersive experience space' },
    { role: 'assistant' as const, content: 'Measure 22 [M22]. Measure 24 [M24].' },
  ];
  const listed = [
    { role: 'user' as const, content: 'Which measures support biomedicine?' },
    { role: 'assistant' as const, content: '- Measure 30 [M30]\n- Measure 31 [M31]\n- Measure 33 [M33]' },
  ];

  it.each([
    ['the first one - which departments?', 'cultural product development'],
    ['and the second one?', 'an immersive experience space'],
    ['what about the latter?', 'an immersive experience space'],
  ])('asks about the item the user numbered: %s', (question, item) => {
    const resolved = resolveFollowup(question, numbered);
    expect(resolved.query).toContain(item);
    expect(resolved.carriedIds).toEqual([]);
  });

  it.each([
    ['第二条是哪个部门负责？', 'M31'],
    ['the last one, who handles it?', 'M33'],
    ['第一个呢', 'M30'],
  ])('carries the section an answer listed at that place: %s', (question, id) => {
    expect(resolveFollowup(question, listed).carriedIds).toEqual([id]);
  });

  it('reads "第二条" as Measure 2 when no list came before it', () => {
    expect(resolveFollowup('第二条是哪个部门负责？', history).query).toBeUndefined();
  });
});

describe('picking without a list', () => {
  const oneByOne = [
    { role: 'user' as const, content: '政策里鼓励动画项目吗' },
    { role: 'assistant' as const, content: '措施22 [M22]。' },
    { role: 'user' as const, content: '知识产权保护方面呢' },
    { role: 'assistant' as const, content: '措施39 [M39]。' },
  ];

  it('reads "the latter" and "the former" across the answers given one by one', () => {
    expect(resolveFollowup('那后者找哪个部门？', oneByOne).carriedIds).toEqual(['M39']);
    expect(resolveFollowup('and the former?', oneByOne).carriedIds).toEqual(['M22']);
  });

  it('counts the user\'s "first, ...; second, ..." as numbered items', () => {
    const numbered = [
      { role: 'user' as const, content: 'Two needs: first, commercialising lab results faster; second, setting up an incubator.' },
      { role: 'assistant' as const, content: 'Measure 26 [M26]. Measure 37 [M37].' },
    ];
    expect(resolveFollowup('and the first?', numbered).query).toContain('commercialising lab results faster');
  });
});

describe('picking among the parts of a compound question', () => {
  it('counts "两个想法：A；另外B" as two items in the user\'s order', () => {
    const parts = [
      { role: 'user' as const, content: '两个想法：想在一带一路国家开分所；另外想参与行业标准的制定' },
      { role: 'assistant' as const, content: '措施16 [M16]。措施20 [M20]。' },
    ];
    expect(resolveFollowup('前者归哪个部门？', parts).query).toContain('一带一路');
    expect(resolveFollowup('后者呢', parts).query).toContain('行业标准');
  });
});

describe('gathering that names a department', () => {
  it('keeps the measures the latest answers gave, for the department to narrow', () => {
    const talked = [
      { role: 'user' as const, content: '研发投入有支持吗' },
      { role: 'assistant' as const, content: '措施30 [M30]。' },
      { role: 'user' as const, content: 'FDA认证呢' },
      { role: 'assistant' as const, content: '措施31 [M31]。' },
    ];
    expect(resolveFollowup('那一共哪些是科经委管的？', talked).gathered).toEqual(['M30', 'M31']);
  });
});
