/** Maps a slide id to its component. */
import type { SlideId } from '@/lib/view/story-slides';
import { AchievementsSlide } from './slides/AchievementsSlide';
import { AskingSlide } from './slides/AskingSlide';
import { ClockSlide } from './slides/ClockSlide';
import { ContentSlide } from './slides/ContentSlide';
import { CoverSlide } from './slides/CoverSlide';
import { CreationsSlide } from './slides/CreationsSlide';
import { CustomSlide } from './slides/CustomSlide';
import { DaysSlide } from './slides/DaysSlide';
import { FeelingsSlide } from './slides/FeelingsSlide';
import { ImagesSlide } from './slides/ImagesSlide';
import { InsightsSlide } from './slides/InsightsSlide';
import { IntroSlide } from './slides/IntroSlide';
import { LongestSlide } from './slides/LongestSlide';
import { MessagesSlide } from './slides/MessagesSlide';
import { ModelsSlide } from './slides/ModelsSlide';
import { NightSlide } from './slides/NightSlide';
import { PersonaSlide } from './slides/PersonaSlide';
import { SummarySlide } from './slides/SummarySlide';
import { SunniestSlide } from './slides/SunniestSlide';
import { TimelineSlide } from './slides/TimelineSlide';
import { TopicsSlide } from './slides/TopicsSlide';
import type { SlideProps } from './slides/types';
import { VoiceSlide } from './slides/VoiceSlide';
import { WordsSlide } from './slides/WordsSlide';

const SLIDES: Record<Exclude<SlideId, 'summary'>, (props: SlideProps) => React.ReactNode> = {
  intro: IntroSlide,
  messages: MessagesSlide,
  days: DaysSlide,
  clock: ClockSlide,
  night: NightSlide,
  timeline: TimelineSlide,
  models: ModelsSlide,
  content: ContentSlide,
  images: ImagesSlide,
  creations: CreationsSlide,
  voice: VoiceSlide,
  longest: LongestSlide,
  words: WordsSlide,
  topics: TopicsSlide,
  feelings: FeelingsSlide,
  sunniest: SunniestSlide,
  asking: AskingSlide,
  custom: CustomSlide,
  insights: InsightsSlide,
  persona: PersonaSlide,
  achievements: AchievementsSlide,
  cover: CoverSlide,
};

export function SlideContent({ id, onReplay, ...props }: SlideProps & { id: SlideId; onReplay: () => void }) {
  if (id === 'summary') return <SummarySlide {...props} onReplay={onReplay} />;
  const Slide = SLIDES[id];
  return <Slide {...props} />;
}
