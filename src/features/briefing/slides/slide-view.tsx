import { useMemo } from 'react'
import type { Indicator } from '@/api/indicators'
import {
  breakdownSlide,
  directivesBoard,
  indicatorSlide,
  parentsSlide,
  programsSlide,
  titleSlide,
  type DirectivesBoardModel,
} from './slide-models'
import type { SlideRef } from '@/domain/deck'
import { useI18n, type I18n } from '@/i18n/i18n'
import type { SlidePage } from '../deck/pages'
import type { Snapshot } from '../snapshot/snapshot'
import { BreakdownSlide } from './breakdown-slide'
import { DirectivesSlide } from './directives-slide'
import { IndicatorSlide } from './indicator-slide'
import { ParentsSlide } from './parents-slide'
import { ProgramsSlide } from './programs-slide'
import { SlideFrame, type SlideContext } from './slide-frame'
import { slideData, snapshotRegion } from './slide-data'
import { TitleSlide } from './title-slide'

/** A slide's name in the deck panel, the presenter view, the agenda and the slide's own title. */
export function slideTitle(
  i18n: I18n,
  ref: SlideRef | null,
  indicators: ReadonlyArray<Indicator>,
): string {
  if (!ref) return '–'
  if (ref.kind === 'title') return i18n.t('slide.title')
  if (ref.kind === 'programs') return i18n.t('slide.programs')
  if (ref.kind === 'directives') return i18n.t('slide.directives')
  const indicator = indicators.find((i) => i.id === ref.indicator)
  const name = indicator ? indicator.name[i18n.locale] : ref.indicator
  if (ref.kind === 'breakdown') return i18n.t('slide.breakdown', { name })
  if (ref.kind === 'parents') return i18n.t('slide.parents', { name })
  return name
}

/** The directives board of a snapshot (its pagination decides how many slides it takes). */
export function boardOf(i18n: I18n, snapshot: Snapshot): DirectivesBoardModel | null {
  const region = snapshotRegion(snapshot)
  return region && snapshot.directives ? directivesBoard(i18n, snapshot.directives, region) : null
}

export type Meeting = { meeting: string | null; date: string | null }

/** One shown slide on its canvas, from the frozen snapshot only. */
export function SlideView({
  page,
  snapshot,
  board,
  meeting,
  agenda,
  context,
}: {
  page: SlidePage
  snapshot: Snapshot
  board: DirectivesBoardModel | null
  meeting: Meeting
  agenda: ReadonlyArray<string>
  context: SlideContext
}) {
  const i18n = useI18n()
  const { ref } = page
  const title = slideTitle(i18n, ref, snapshot.indicators)
  const region = snapshotRegion(snapshot)
  const data = useMemo(() => slideData(snapshot, context.asOf), [snapshot, context.asOf])
  const model = useMemo(() => {
    if (!region || !data) return null
    if (ref.kind === 'title') {
      return titleSlide(i18n, {
        region,
        meeting: meeting.meeting,
        date: meeting.date,
        dataAsOf: snapshot.dataAsOf,
        takenAt: snapshot.takenAt,
        agenda,
      })
    }
    if (ref.kind === 'programs') {
      return snapshot.programs ? programsSlide(i18n, snapshot.programs, region) : null
    }
    if (ref.kind === 'directives') return board
    const indicator = snapshot.indicators.find((i) => i.id === ref.indicator)
    if (!indicator) return null
    if (ref.kind === 'breakdown') return breakdownSlide(i18n, data, indicator)
    if (ref.kind === 'parents') return parentsSlide(i18n, data, indicator)
    return indicatorSlide(i18n, data, indicator)
  }, [i18n, ref, region, data, snapshot, meeting.meeting, meeting.date, agenda, board])

  if (model?.kind === 'title') return <TitleSlide model={model} context={context} />
  if (ref.kind === 'programs') {
    return (
      <ProgramsSlide
        title={title}
        model={model?.kind === 'programs' ? model : null}
        context={context}
      />
    )
  }
  if (ref.kind === 'directives') {
    return (
      <DirectivesSlide
        title={title}
        model={board}
        page={page.page}
        pages={page.pages}
        context={context}
      />
    )
  }
  if (model?.kind === 'indicator')
    return <IndicatorSlide title={title} model={model} context={context} />
  if (model?.kind === 'parents')
    return <ParentsSlide title={title} model={model} context={context} />
  if (model?.kind === 'breakdown') {
    return <BreakdownSlide title={title} model={model} context={context} />
  }
  return (
    <SlideFrame kind="unknown" title={title} synthetic={false} context={context}>
      {() => <p className="slide__fact">{i18n.t('slide.unknown', { id: page.id })}</p>}
    </SlideFrame>
  )
}
