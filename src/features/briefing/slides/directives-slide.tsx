import type { DirectivesBoardModel } from './slide-models'
import { useI18n } from '@/i18n/i18n'
import { SlideFrame, type SlideContext } from './slide-frame'

/**
 * One page of the follow-up board: open directives, the most overdue first, each with its days
 * overdue, status, text, agency, due date, the briefing it came from and its latest follow-up;
 * "+N lainnya" when the board continues on the next slide.
 */
export function DirectivesSlide({
  title,
  model,
  page,
  pages,
  context,
}: {
  title: string
  model: DirectivesBoardModel | null
  page: number
  pages: number
  context: SlideContext
}) {
  const i18n = useI18n()
  const { t } = i18n
  if (!model) {
    return (
      <SlideFrame kind="directives" title={title} synthetic={false} context={context}>
        {() => <p className="slide__fact">{t('slide.directives.unavailable')}</p>}
      </SlideFrame>
    )
  }
  const rows = model.pages[page - 1] ?? []
  const after = model.pages.slice(page).reduce((sum, p) => sum + p.length, 0)
  return (
    <SlideFrame
      kind="directives"
      title={title}
      page={{ page, pages }}
      headline={model.headline}
      synthetic={model.synthetic}
      context={context}
    >
      {() => (
        <div className="board">
          <ol className="board__list" start={model.pages.slice(0, page - 1).flat().length + 1}>
            {rows.map((row) => (
              <li key={row.id} className="board__row">
                <div className="board__state">
                  {row.overdue ? (
                    <span className="slide__tag slide__tag--late">
                      <span aria-hidden="true">⚠ </span>
                      {row.overdue}
                    </span>
                  ) : (
                    <span className="slide__tag slide__tag--due">
                      {t('slide.directives.notDue')}
                    </span>
                  )}
                  <span className="board__status">{row.status}</span>
                </div>
                <div className="board__text">
                  <p className="board__directive">{row.text}</p>
                  <p className="board__meta">{row.meta}</p>
                  <p className="board__follow-up">{row.followUp}</p>
                </div>
              </li>
            ))}
          </ol>
          {after > 0 && (
            <p className="slide__more">{i18n.plural('slide.directives.more', after)}</p>
          )}
        </div>
      )}
    </SlideFrame>
  )
}
