import { getTranslations } from 'next-intl/server';
import type { GridFigures, SupervisionGrid } from '../../../../../functions/src/supervision/grid-model';
import mapStyles from '@/components/grid-map.module.css';
import { DateTime } from '@/components/date-time';
import { inLocale } from '@/lib/catalog-terms';
import type { GridDrawing } from '@/lib/grid-drawing';
import { BarChart } from './bar-chart';
import { FigureTiles, FiguresTable, type FiguresRow } from './figures';

interface Props {
  grid: SupervisionGrid;
  drawing: GridDrawing;
  locale: string;
  percent: (value: number | null) => string;
  number: (value: number | null, digits?: number) => string;
}

/**
 * City management in supervision (issue 17 item 5): the grid's events reported in the period by status, category
 * and street; closures within the category's limit; overdue open events; places where a problem comes back. The
 * map layer shades each street by its events; like every chart here, it is an image named by its caption, and a
 * table holds the same figures.
 */
export async function GridSection({ grid, drawing, locale, percent, number }: Props) {
  const [t, ev] = await Promise.all([getTranslations('SupervisionGrid'), getTranslations('GridEvent')]);
  const { total } = grid;
  const figures = [
    { key: 'events', value: number(total.events, 0), label: t('events') },
    { key: 'open', value: number(total.open, 0), label: t('open') },
    { key: 'overdue', value: number(total.overdue, 0), label: t('overdue') },
    {
      key: 'onTimeRate',
      value: percent(total.onTimeRate),
      label: t('onTimeRate'),
      note: t('onTimeOf', { onTime: total.closedOnTime, closed: total.closed }),
    },
    { key: 'declined', value: number(total.declined, 0), label: t('declined') },
    { key: 'repeat', value: number(grid.repeatLocations.length, 0), label: t('repeatPlaces') },
  ];
  const most = Math.max(1, ...grid.byStreet.map((s) => s.events));
  const streetName = new Map(grid.byStreet.map((s) => [s.street, s.name]));
  const categoryName = new Map(grid.byCategory.map((c) => [c.category, inLocale(c.name, locale)]));
  const columns = (first: string) => [first, t('events'), t('open'), t('overdue'), t('closed'), t('onTimeRate')];
  const row = (key: string, name: string, f: GridFigures): FiguresRow => ({
    key,
    name,
    cells: [number(f.events, 0), number(f.open, 0), number(f.overdue, 0), number(f.closed, 0), percent(f.onTimeRate)],
  });
  const table = (id: string, heading: string, first: string, rows: FiguresRow[]) => (
    <FiguresTable
      id={id}
      heading={heading}
      columns={columns(first)}
      rows={rows}
      total={row('total', t('total'), total)}
      wide
    />
  );
  return (
    <section aria-labelledby="supervision-grid" data-testid="supervision-grid">
      <h2 id="supervision-grid">{t('title')}</h2>
      <p>{t('intro')}</p>
      {grid.truncated ? <p role="note">{t('truncated')}</p> : null}
      <FigureTiles figures={figures} testId="grid-figures" />
      {total.events === 0 ? (
        <p>{t('noEvents')}</p>
      ) : (
        <>
          <figure>
            <svg
              className={mapStyles.map}
              viewBox={`0 0 ${drawing.frame.width} ${drawing.frame.height}`}
              role="img"
              aria-label={t('mapLabel', {
                summary: grid.byStreet
                  .filter((s) => s.events > 0)
                  .map((s) => `${s.name} ${s.events}`)
                  .join('；'),
              })}
              data-testid="grid-map-layer"
            >
              {drawing.streets.map((s) => {
                const events = grid.byStreet.find((x) => x.street === s.code)?.events ?? 0;
                return (
                  <path key={s.code} d={s.path} className={mapStyles.heat} fillOpacity={events / most}>
                    <title>{t('streetEvents', { street: streetName.get(s.code) ?? s.name, events })}</title>
                  </path>
                );
              })}
              <path d={drawing.cellsPath} className={mapStyles.cells} />
            </svg>
            <figcaption>{t('mapCaption')}</figcaption>
          </figure>
          <BarChart
            id="chart-grid-category"
            caption={t('chartByCategory')}
            summary={grid.byCategory.map((c) => `${categoryName.get(c.category)} ${c.events}`).join('；')}
            bars={grid.byCategory.map((c) => ({
              label: categoryName.get(c.category) ?? c.category,
              value: c.events / total.events,
              text: t('eventsShare', { events: c.events, share: percent(c.events / total.events) }),
            }))}
          />
          <h3 id="grid-by-status">{t('byStatus')}</h3>
          <ul className="inline-list" aria-labelledby="grid-by-status" data-testid="grid-by-status">
            {grid.byStatus.map((s) => (
              <li key={s.status}>
                {ev(`statuses.${s.status}`)} {number(s.events, 0)}
              </li>
            ))}
          </ul>
          {table(
            'grid-by-category',
            t('byCategory'),
            t('category'),
            grid.byCategory.map((c) => row(c.category, categoryName.get(c.category) ?? c.category, c)),
          )}
          {table(
            'grid-by-street',
            t('byStreet'),
            t('street'),
            grid.byStreet.filter((s) => s.events > 0).map((s) => row(s.street, s.name, s)),
          )}
          <h3 id="grid-repeat">{t('repeatTitle')}</h3>
          {grid.repeatLocations.length === 0 ? (
            <p>{t('noRepeat')}</p>
          ) : (
            <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="grid-repeat">
              <table className="table" data-testid="grid-repeat">
                <thead>
                  <tr>
                    <th scope="col">{t('place')}</th>
                    <th scope="col">{t('category')}</th>
                    <th scope="col">{t('events')}</th>
                    <th scope="col">{t('lastReported')}</th>
                  </tr>
                </thead>
                <tbody>
                  {grid.repeatLocations.map((r) => (
                    <tr key={`${r.cell}-${r.category}`}>
                      <th scope="row">
                        {streetName.get(r.street) ?? r.street} · {r.cellName}
                      </th>
                      <td>{categoryName.get(r.category) ?? r.category}</td>
                      <td>{number(r.events, 0)}</td>
                      <td>
                        <DateTime value={r.lastReportedAt} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
