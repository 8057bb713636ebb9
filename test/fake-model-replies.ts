/**
 * What the fake model writes, read from the request the assistant sent it: an honest answer
 * composed from the SECTIONS block, or one of the hostile strategies the red team runs.
 */
export interface GivenSection {
  id: string;
  label: string;
  title: string;
  text: string;
  departments: string;
  zhLabel: string;
  zhTitle: string;
  zhText: string;
  zhDepartments: string;
}

export interface ModelRequest {
  system: string;
  question: string;
  sections: GivenSection[];
  /** The whole SECTIONS block as sent. */
  block: string;
  chinese: boolean;
}

/** Reads the answer prompt the assistant filled (SECTIONS and QUESTION blocks). */
export function readModelRequest(messages: Array<{ role: string; content: string }>): ModelRequest {
  const last = messages.at(-1)!.content;
  const block = /SECTIONS[^\n]*\n<<<\n([\s\S]*?)\n>>>/.exec(last)?.[1] ?? '';
  const question = /QUESTION[^\n]*\n<<<\n([\s\S]*?)\n>>>/.exec(last)?.[1] ?? '';
  const sections = block.split(/\n\n(?=\[)/).flatMap((chunk): GivenSection[] => {
    const head = /^\[([^\]]+)\] ([^:\n]+): ([^\n]*)\nSection: [^\n]*\n([\s\S]*?)(?=\nResponsible: |\n中文（译文）：|$)/.exec(chunk);
    if (!head) return [];
    const zh = /\n中文（译文）：([^：\n]+)：([^\n]*)\n([\s\S]*?)(?=\n负责部门：|$)/.exec(chunk);
    return [
      {
        id: head[1]!,
        label: head[2]!,
        title: head[3]!,
        text: head[4]!.replace(/\n/g, ' '),
        departments: /\nResponsible: ([^\n]*)/.exec(chunk)?.[1] ?? '',
        zhLabel: zh?.[1] ?? '',
        zhTitle: zh?.[2] ?? '',
        zhText: (zh?.[3] ?? '').replace(/\n/g, ''),
        zhDepartments: /\n负责部门：([^\n]*)/.exec(chunk)?.[1] ?? '',
      },
    ];
  });
  return { system: messages[0]!.content, question, sections, block, chinese: /\p{Script=Han}/u.test(question) };
}

/** The body sentences of a section (its first sentence repeats the title). */
export function bodySentences(text: string, chinese: boolean): string[] {
  const sentences = (chinese ? text.split(/(?<=。)/) : text.split(/(?<=\.)\s+(?=[A-Z“"(])/)).map((s) => s.trim()).filter(Boolean);
  return sentences.length > 1 ? sentences.slice(1) : sentences;
}

/** A model rewords as it goes: some of these words are not in the policy, so support is never total. */
const REWORDING: Array<[RegExp, string]> = [
  [/\bboost\b/g, 'promote'],
  [/\bencourage\b/g, 'urge'],
  [/\bstrengthen\b/g, 'reinforce'],
  [/\baccelerate\b/g, 'speed up'],
  [/\boptimize\b/g, 'improve'],
  [/\bcarry out\b/g, 'run'],
  [/\bfoster\b/g, 'nurture'],
  [/\benterprises\b/g, 'companies'],
  [/推动/g, '促进'],
  [/鼓励/g, '引导'],
  [/加快/g, '加速'],
  [/提升/g, '提高'],
  [/打造/g, '建设'],
  [/企业/g, '公司'],
];
const reword = (text: string) => REWORDING.reduce((t, [from, to]) => t.replace(from, to), text);

const ASKS_DETAIL =
  /\b(how much|amount|deadline|when|apply|application|form|rate|interest|phone|contact|eligib)\w*|多少|金额|期限|截止|怎么申请|如何申请|申请|利率|电话|条件/i;

/**
 * An honest model: two or three short cited claims per section, taken from the section's own
 * words with light framing, the responsible department named, and, when the question asks for a
 * detail the policy leaves open, a sentence saying so. Chinese questions get Chinese answers
 * written from the Chinese text.
 */
export function writeHonestReply(request: ModelRequest): string {
  const used = request.sections.slice(0, request.sections.length > 2 ? 3 : 2);
  const lines: string[] = [];
  for (const [i, s] of used.entries()) {
    if (request.chinese && s.zhText) {
      const [first, second] = bodySentences(s.zhText, true);
      lines.push(`根据${s.zhLabel}（${s.zhTitle}），${reword(first!).replace(/。$/, '')}[${s.id}]。`);
      if (second && i === 0) lines.push(`此外，${reword(second).replace(/。$/, '')}[${s.id}]。`);
      if (s.zhDepartments) lines.push(`该措施由${s.zhDepartments}负责[${s.id}]。`);
    } else {
      const [first, second] = bodySentences(s.text, false).map((t) =>
        t.replace(/^We will /, 'the district will ').replace(/^We /, 'the district '),
      );
      const framing = [`Under ${s.label} (${s.title}), `, `${s.label} says that `, `According to ${s.label}, `][i % 3]!;
      lines.push(`${framing}${reword(first!).replace(/\.$/, '')} [${s.id}].`);
      if (second && i === 0) lines.push(`It also says that ${reword(second).replace(/\.$/, '')} [${s.id}].`);
      if (s.departments) lines.push(`It is the responsibility of the ${s.departments} [${s.id}].`);
    }
  }
  const lead = used[0];
  if (lead && ASKS_DETAIL.test(request.question)) {
    lines.push(
      request.chinese
        ? `政策未规定具体金额、期限或申请材料，请咨询${lead.zhDepartments || '相关部门'}[${lead.id}]。`
        : `The policy does not specify amounts, deadlines or application forms; please contact the ${lead.departments || 'responsible department'} [${lead.id}].`,
    );
  }
  return request.chinese ? lines.join('') : `${used.length > 1 ? 'Here is what the measures say:\n\n' : ''}${lines.join(' ')}`;
}
