import { paginate, type ProgramsSlideModel, type WatchedProgram } from './slide-models'
import { CANVAS_LEADING, CANVAS_TEXT } from '@/components/tokens/tokens'
import { useI18n } from '@/i18n/i18n'
import { FRAME, linesHeight } from './layout'
import { SlideFrame, type SlideContext } from './slide-frame'

/** The list's text column: the chart column less the status tag. */
const ITEM_WIDTH = FRAME.chart - 240
const ITEM_GAP = 20
const SUBTITLE = CANVAS_TEXT.lead * CANVAS_LEADING.text + 12 + 16
const MORE = 2 * CANVAS_TEXT.text * CANVAS_LEADING.text

function itemHeight(item: WatchedProgram, title: string): number {
  return (
    linesHeight(title, ITEM_WIDTH, CANVAS_TEXT.text, true) +
    linesHeight(item.detail, ITEM_WIDTH) +
    ITEM_GAP
  )
}

/**
 * The 100-day roll-up (the same number and sentence as the scorecard card and /programs, naming
 * the city), the priority programs' roll-up, and as many late and at-risk programs, the late
 * first, as the slide has room for — the rest counted ("+8 program lain…").
 */
export function ProgramsSlide({
  title,
  model,
  context,
}: {
  title: string
  model: ProgramsSlideModel | null
  context: SlideContext
}) {
  const i18n = useI18n()
  const { t, locale } = i18n
  if (!model) {
    return (
      <SlideFrame kind="programs" title={title} synthetic={false} context={context}>
        {() => <p className="slide__fact">{t('slide.programs.unavailable')}</p>}
      </SlideFrame>
    )
  }
  return (
    <SlideFrame
      kind="programs"
      title={title}
      headline={model.headline}
      synthetic={model.synthetic}
      context={context}
    >
      {({ height }) => {
        const shown =
          paginate(
            model.watched,
            (item) => itemHeight(item, item.program.title[locale]),
            height - SUBTITLE,
            MORE,
          )[0] ?? []
        const more = model.watched.length - shown.length
        return (
          <>
            <div className="slide__figure">
              <p className="slide__value">
                {model.hundred.percent === null ? '–' : i18n.percent(model.hundred.percent, 0)}
              </p>
              <p className="slide__period">{t('slide.programs.hundred')}</p>
              <p className="slide__fact">{model.prioritySentence}</p>
              <p className="slide__fact slide__fact--strong">{model.watchSentence}</p>
            </div>
            <div className="slide__list-area">
              {shown.length > 0 && (
                <>
                  <h3 className="slide__subtitle">{t('slide.programs.watch')}</h3>
                  <ul className="slide__list">
                    {shown.map(({ program, detail }) => (
                      <li key={program.id} className="slide__item">
                        <span className={`slide__tag slide__tag--${program.status}`}>
                          <span aria-hidden="true">{program.status === 'late' ? '⚠ ' : '◐ '}</span>
                          {t(`programStatus.${program.status}`)}
                        </span>
                        <span className="slide__item-title">{program.title[locale]}</span>
                        <span className="slide__item-meta">{detail}</span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {more > 0 && (
                <p className="slide__more">{i18n.plural('slide.programs.more', more)}</p>
              )}
            </div>
          </>
        )
      }}
    </SlideFrame>
  )
}
