// The result of a check: verdict, diagnosis, exact value and worked solution (HTML rendered on the server).

import type { CheckView } from '@/lib/study/present';
import { Html } from './Html';

export interface CheckLabels {
  correct: string;
  incorrect: string;
  invalid: string;
  exact: string;
  solution: string;
  diagnosis: string;
  carriedForward: string;
  whyThisChoice?: string;
}

export function CheckResult({ view, labels }: { view: CheckView; labels: CheckLabels }) {
  const verdict = labels[view.status];
  return (
    <div>
      <div className={`verdict verdict-${view.status}`}>
        <strong>{verdict}</strong>
        {/* The verdict says it all for a real answer; input that is not an answer gets its reason. */}
        {view.status === 'invalid' && <Html as="p" html={view.messageHtml} />}
        {view.carriedForward && (
          <p>
            <b>{labels.carriedForward}.</b> <Html as="span" html={view.messageHtml} />
          </p>
        )}
        {view.mistake && (
          <p>
            <b>{labels.diagnosis}:</b> <Html as="span" html={view.mistake.nameHtml} />.{' '}
            <Html as="span" html={view.mistake.explanationHtml} />
          </p>
        )}
      </div>
      {view.explanationsHtml && (
        <div className="choice-explanation">
          {view.explanationsHtml.map((html) => (
            <p key={html}>
              {labels.whyThisChoice && <b>{labels.whyThisChoice}: </b>}
              <Html as="span" html={html} />
            </p>
          ))}
        </div>
      )}
      {view.expectedHtml && (
        <p>
          <b>{labels.exact}:</b> <Html as="span" html={view.expectedHtml} />
        </p>
      )}
      {view.solution && (
        <details className="solution" open>
          <summary>{labels.solution}</summary>
          <ol>
            {view.solution.map((step, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: steps are an ordered, fixed list
              <li key={i}>
                <Html as="span" html={step.explainHtml} />
                <Html html={step.texHtml} />
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
