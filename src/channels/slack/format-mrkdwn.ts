import { labelId, type Language } from '../../core/corpus/section.js';
import { extractMarkers, MARKER } from '../../core/text/sentences.js';

/** A run of adjacent markers, "[M10][M15]", rendered as one list of labels. */
export const MARKER_RUN = new RegExp(`(?:${MARKER.source})+`, 'gi');

/** Slack's mrkdwn treats &, < and > as control characters; everything else passes through. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Answer text as mrkdwn: escaped, each marker run turned into bold labels ("*Measure 10*, *Measure 15*", "*措施10*、*措施15*"). */
export function formatAnswerMrkdwn(text: string, language: Language = 'en'): string {
  const separator = language === 'zh' ? '、' : ', ';
  return escapeMrkdwn(text).replace(MARKER_RUN, (run) =>
    extractMarkers(run)
      .map((id) => `*${labelId(id, language)}*`)
      .join(separator),
  );
}

/** Answer text for notifications and screen readers, where no formatting applies. */
export function formatAnswerPlain(text: string, language: Language = 'en'): string {
  if (language === 'zh')
    return text.replace(
      MARKER_RUN,
      (run) =>
        `（${extractMarkers(run)
          .map((id) => labelId(id, 'zh'))
          .join('、')}）`,
    );
  return text.replace(
    MARKER_RUN,
    (run) =>
      `(${extractMarkers(run)
        .map((id) => labelId(id))
        .join(', ')})`,
  );
}
