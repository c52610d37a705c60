// The record of parameter fits: when, how many reviews, and both figures for the defaults and the fit.
import type { Messages } from '@/lib/i18n/messages';
import type { FitView } from '@/lib/study/scheduling';

export function FitHistory({
  fits,
  t,
  formatDate,
}: {
  fits: FitView[];
  t: Messages['scheduling'];
  formatDate: (date: Date) => string;
}) {
  if (fits.length === 0) return <p>{t.noFits}</p>;
  const figure = (value: number | null) => (value === null ? '—' : value.toFixed(4));
  const result = (fit: FitView) => {
    if (fit.status === 'running') return t.runningStatus;
    if (fit.status === 'failed') {
      if (fit.error === 'not-enough-history') return t.notEnough;
      if (fit.error === 'interrupted') return t.interrupted;
      return t.failed;
    }
    return fit.adopted ? t.adopted : t.kept;
  };
  return (
    <table data-testid="fit-history">
      <caption className="visually-hidden">{t.history}</caption>
      <thead>
        <tr>
          <th scope="col">{t.date}</th>
          <th scope="col">{t.trigger}</th>
          <th scope="col">{t.reviewsUsed}</th>
          <th scope="col">{t.defaultLogLoss}</th>
          <th scope="col">{t.fittedLogLoss}</th>
          <th scope="col">{t.defaultRmse}</th>
          <th scope="col">{t.fittedRmse}</th>
          <th scope="col">{t.result}</th>
        </tr>
      </thead>
      <tbody>
        {fits.map((fit) => (
          <tr key={fit.id}>
            <td>{formatDate(fit.startedAt)}</td>
            <td>{t.triggers[fit.trigger] ?? fit.trigger}</td>
            <td>
              {fit.trainReviews} / {fit.testReviews}
            </td>
            <td>{figure(fit.defaultLogLoss)}</td>
            <td>{figure(fit.fittedLogLoss)}</td>
            <td>{figure(fit.defaultRmse)}</td>
            <td>{figure(fit.fittedRmse)}</td>
            <td>{result(fit)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
