/** Request and response examples for the OpenAPI document, in English and Chinese: what callers copy first. */

const document = {
  id: 'jingan',
  title: "Several Measures of Jing'an District on Promoting High-Quality Industrial Development",
  documentNumber: 'JDDRC D (2024) No.18',
  validUntil: '2025-12-31',
};

export const chatRequestExamples = {
  en: { summary: 'A question in English', value: { message: 'Can a tech company get a loan backed by its patents?' } },
  zh: { summary: 'A question in Chinese', value: { message: '科技企业能用专利做抵押贷款吗？' } },
  followup: {
    summary: 'A follow-up in the same conversation',
    value: { message: 'Who handles that?', conversationId: 'c_pzBm80Fxv-PVHDNNL1ueDQ' },
  },
};

export const answerExamples = {
  en: {
    summary: 'An English answer',
    value: {
      answer: 'Yes — Measure 10 supports intellectual property mortgage loans [M10]. Ask the Investment Office about terms.',
      citations: [
        {
          id: 'M10',
          title: 'Enhancing technology finance',
          section:
            'II. Supporting Industry Agglomeration and Capacity Upgrading > (III) Promoting the further development of the financial services industry',
          departments: ["Jing'an District Investment Office"],
          quote: 'We will boost financial products such as “technology performance loans” and intellectual property mortgage loans; …',
          score: 0.83,
          document,
        },
      ],
      refused: false,
      related: [],
      notices: [{ kind: 'validity', text: 'These measures were valid until 31 December 2025.' }],
      conversationId: 'c_pzBm80Fxv-PVHDNNL1ueDQ',
      messageId: 'm_7o5-tOA70sckOMjCa8dvBA',
      mode: 'offline',
      language: 'en',
    },
  },
  zh: {
    summary: 'A Chinese answer, with the English source beside each quote',
    value: {
      answer: '可以——措施10支持知识产权质押贷款[M10]。具体条件请咨询区投资办。',
      citations: [
        {
          id: 'M10',
          title: '提升科技金融',
          section: '二、支持产业集聚和能级提升 > （三）推动金融服务业深化发展',
          departments: ['区投资办'],
          quote: '推广“科技履约贷”、知识产权质押贷款等金融产品；……',
          score: 0.83,
          document: { ...document, title: '静安区关于构建现代化产业体系、促进经济高质量发展的若干措施（试行）' },
          titleEn: 'Enhancing technology finance',
          quoteEn: 'We will boost financial products such as “technology performance loans” and intellectual property mortgage loans; …',
          departmentsEn: ["Jing'an District Investment Office"],
        },
      ],
      refused: false,
      related: [],
      notices: [
        { kind: 'validity', text: '本措施有效期至2025年12月31日，目前已到期。' },
        {
          kind: 'translation',
          text: '以下中文是本项目根据英文文本自行翻译的，不是官方发布的中文原文，仅供参考；条文以官方发布的文件为准。',
        },
      ],
      conversationId: 'c_3ytMTgHf1gJEARIGhJ7WUQ',
      messageId: 'm_J-qixwL1hO3t_E0HRlFWQQ',
      mode: 'offline',
      language: 'zh',
    },
  },
  refused: {
    summary: 'A question outside the policy',
    value: {
      answer:
        'I can only answer questions about the Several Measures of Jing\'an District … Try asking, for example: "Which measures support biomedicine?"',
      citations: [],
      refused: true,
      related: [],
      notices: [],
      conversationId: 'c_Kx9V9A6Vte6uT4nU8SFdsg',
      messageId: 'm_E4KMsNVaH2hVVcFco0lKfw',
      mode: 'offline',
      language: 'en',
    },
  },
};

export const streamExample = [
  'event: delta',
  'data: {"text":"Yes — Measure 10 "}',
  '',
  'event: delta',
  'data: {"text":"supports intellectual property mortgage loans [M10]."}',
  '',
  'event: done',
  'data: {"answer":"Yes — Measure 10 supports intellectual property mortgage loans [M10].","citations":[…],"refused":false,…}',
  '',
].join('\n');

export const feedbackExamples = {
  up: {
    summary: 'A helpful answer, with a comment in English',
    value: {
      conversationId: 'c_pzBm80Fxv-PVHDNNL1ueDQ',
      messageId: 'm_7o5-tOA70sckOMjCa8dvBA',
      rating: 'up',
      comment: 'Clear, and it named the department.',
    },
  },
  down: {
    summary: 'A down-vote with a comment in Chinese',
    value: {
      conversationId: 'c_pzBm80Fxv-PVHDNNL1ueDQ',
      messageId: 'm_7o5-tOA70sckOMjCa8dvBA',
      rating: 'down',
      comment: '没有说明贷款利率',
    },
  },
};

export const matchRequestExamples = {
  zh: { summary: 'A company described in Chinese', value: { profile: '我们是一家40人的人工智能初创公司，需要融资和人才', limit: 5 } },
  en: {
    summary: 'A company described in English, with industry and needs',
    value: {
      profile: 'A 12-person biotech start-up developing cell therapies, looking for lab space.',
      industry: 'biomedicine',
      needs: ['space', 'rnd'],
    },
  },
};

export const matchResultExample = {
  matches: [
    {
      id: 'M10',
      title: 'Enhancing technology finance',
      departments: ["Jing'an District Investment Office"],
      reason: {
        quote: 'We will boost financial products such as “technology performance loans” and intellectual property mortgage loans; …',
        need: 'financing',
      },
      score: 0.71,
    },
  ],
  language: 'en',
  notices: [{ kind: 'validity', text: 'These measures were valid until 31 December 2025.' }],
};

export const errorExamples = {
  invalid: {
    summary: 'A field the caller got wrong',
    value: { error: { code: 'invalid_request', message: 'message: message must not be empty' } },
  },
};

export const sectionExamples = {
  en: {
    summary: 'GET /api/measures/M10',
    value: {
      id: 'M10',
      label: 'Measure 10',
      title: 'Enhancing technology finance',
      section:
        'II. Supporting Industry Agglomeration and Capacity Upgrading > (III) Promoting the further development of the financial services industry',
      departments: ["Jing'an District Investment Office"],
      contacts: [],
      text: 'Enhancing technology finance. We will boost financial products such as “technology performance loans” and intellectual property mortgage loans; …',
      document: { id: document.id, title: document.title, validUntil: document.validUntil },
    },
  },
  zh: {
    summary: 'GET /api/measures/M10?lang=zh',
    value: {
      id: 'M10',
      label: '措施10',
      title: '提升科技金融',
      section: '二、支持产业集聚和能级提升 > （三）推动金融服务业深化发展',
      departments: ['区投资办'],
      contacts: [],
      text: '提升科技金融。推广“科技履约贷”、知识产权质押贷款等金融产品；……',
      document: {
        id: document.id,
        title: '静安区关于构建现代化产业体系、促进经济高质量发展的若干措施（试行）',
        validUntil: document.validUntil,
      },
      translation: '以下中文是本项目根据英文文本自行翻译的，不是官方发布的中文原文，仅供参考；条文以官方发布的文件为准。',
    },
  },
};

export const handoffExamples = {
  en: {
    summary: 'A hand-off with a contact and a note in English',
    value: {
      conversationId: 'c_pzBm80Fxv-PVHDNNL1ueDQ',
      contact: 'wechat: li_wei_2025',
      note: 'We would like to know which documents to prepare for the loan.',
    },
  },
  zh: {
    summary: 'A hand-off with a note in Chinese, no contact',
    value: { conversationId: 'c_pzBm80Fxv-PVHDNNL1ueDQ', note: '想了解申请贷款贴息需要准备哪些材料。' },
  },
};
