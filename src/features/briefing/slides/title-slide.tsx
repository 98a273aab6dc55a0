import type { TitleSlideModel } from './slide-models'
import { useI18n } from '@/i18n/i18n'
import { SlideFrame, type SlideContext } from './slide-frame'

/** Agenda lines the title slide has room for. */
const AGENDA_ROOM = 10

/** The meeting's name, day and city, the data's "data per" and freeze time, and the agenda. */
export function TitleSlide({ model, context }: { model: TitleSlideModel; context: SlideContext }) {
  const i18n = useI18n()
  const shown =
    model.agenda.length > AGENDA_ROOM ? model.agenda.slice(0, AGENDA_ROOM - 1) : model.agenda
  const more = model.agenda.length - shown.length
  return (
    <SlideFrame kind="title" title={model.meeting} synthetic={false} context={context}>
      {() => (
        <div className="title-slide">
          {/* The default meeting name already names the city ("Briefing Pimpinan Kota Bogor"). */}
          {!model.meeting.includes(model.region) && (
            <p className="title-slide__region">{model.region}</p>
          )}
          <p className="title-slide__date">{model.date}</p>
          <p className="title-slide__data">
            {[model.dataAsOf, model.frozen].filter(Boolean).join(' · ')}
          </p>
          {shown.length > 0 && (
            <div className="title-slide__agenda">
              <h3 className="slide__subtitle">{i18n.t('slide.title.agenda')}</h3>
              <ol className="title-slide__items">
                {shown.map((item, index) => (
                  <li key={`${index}-${item}`}>{item}</li>
                ))}
                {more > 0 && (
                  <li className="title-slide__more">{i18n.plural('slide.title.more', more)}</li>
                )}
              </ol>
            </div>
          )}
        </div>
      )}
    </SlideFrame>
  )
}
