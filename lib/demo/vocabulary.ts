/**
 * What the demo persona talks about. The persona is a web developer who bakes sourdough, trains
 * for a half marathon, learns Portuguese for a Lisbon trip and has a cat called Miso, so the
 * "distinctive words" and topic features have something coherent to find.
 * All text here is written for the demo; none of it comes from a dataset.
 */
import type { CodeLanguage } from './code-samples';

export type Category =
  | 'coding'
  | 'writing'
  | 'explain'
  | 'planning'
  | 'language'
  | 'casual'
  | 'cooking'
  | 'fitness'
  | 'data'
  | 'research'
  | 'art'
  | 'photo';

export interface Topic {
  title: string;
  /** A noun phrase the phrases below slot in. */
  subject: string;
  language?: CodeLanguage;
}

/** A sentence with the topic's subject slotted in. */
export type Phrase = (subject: string) => string;

export interface CategoryVocabulary {
  /** Share of conversations, relative to the other categories. */
  weight: number;
  topics: readonly Topic[];
  openings: readonly Phrase[];
  followUps: readonly Phrase[];
  /** Material for the body of assistant answers. */
  sentences: readonly Phrase[];
}

const coding: CategoryVocabulary = {
  weight: 28,
  topics: [
    { title: 'Debounce search input', subject: 'debouncing a search input in React', language: 'tsx' },
    { title: 'Fix useEffect infinite loop', subject: 'a useEffect that keeps re-rendering', language: 'tsx' },
    { title: 'Type-safe event emitter', subject: 'a type-safe event emitter', language: 'ts' },
    { title: 'Zod schema for API response', subject: 'validating an API response with a schema', language: 'ts' },
    { title: 'Retry with exponential backoff', subject: 'a fetch wrapper with exponential backoff', language: 'ts' },
    { title: 'Postgres slow query', subject: 'a slow Postgres query on the orders table', language: 'sql' },
    { title: 'Window functions explained', subject: 'SQL window functions for running totals', language: 'sql' },
    { title: 'Python CSV dedupe', subject: 'removing duplicate rows from a CSV in Python', language: 'python' },
    { title: 'Async scraping with httpx', subject: 'an async scraper with rate limiting', language: 'python' },
    { title: 'Pytest fixtures cleanup', subject: 'pytest fixtures that share a temp database', language: 'python' },
    { title: 'Bash backup script', subject: 'a bash script that rotates backups', language: 'bash' },
    { title: 'Git rebase conflict', subject: 'an interactive rebase that went wrong', language: 'bash' },
    { title: 'Rust borrow checker error', subject: 'a borrow checker error in a Rust iterator', language: 'rust' },
    { title: 'Docker image too large', subject: 'shrinking a Node Docker image', language: 'bash' },
    { title: 'Next.js hydration mismatch', subject: 'a hydration mismatch in Next.js', language: 'tsx' },
    { title: 'Web Worker message typing', subject: 'typing postMessage between a page and a Web Worker', language: 'ts' },
    { title: 'IndexedDB migration', subject: 'migrating an IndexedDB schema', language: 'ts' },
    { title: 'Regex for ISO dates', subject: 'a regular expression for ISO dates', language: 'ts' },
    { title: 'CSS grid layout help', subject: 'a responsive CSS grid for a card layout', language: 'tsx' },
    { title: 'Flaky Playwright test', subject: 'a flaky Playwright test that times out on CI', language: 'ts' },
  ],
  openings: [
    (s) => `How do I handle ${s}? I'm on a deadline so the simplest thing that works please`,
    (s) => `can you help me with ${s}`,
    (s) => `I've been stuck for an hour on ${s}. What am I missing?`,
    (s) => `What's the idiomatic way to do ${s} in 2026?`,
    (s) => `Quick one: best practice for ${s}?`,
    (s) => `Act as a senior engineer reviewing my approach to ${s}. Be blunt.`,
    (s) => `I need ${s} for a side project (AI Wrapped-style stats page). Walk me through it step by step.`,
    (s) => `why is ${s} so hard?? every answer online is outdated`,
  ],
  followUps: [
    () => 'That throws "Cannot read properties of undefined (reading \'map\')" now',
    () => 'ok and how would I write a test for that?',
    () => 'Can you make it generic so it works for any payload type?',
    () => 'what about performance with ~100k items?',
    () => 'Is there a way to do this without adding a dependency?',
    (s) => `Does ${s} behave differently in production builds?`,
    () => 'explain the second block line by line',
    () => 'it compiles but the types are any everywhere, can we tighten them',
    () => 'Can you rewrite it without classes, just functions?',
    () => 'how do I cancel it when the component unmounts',
  ],
  sentences: [
    (s) => `The root cause with ${s} is usually that a value is recreated on every render, so anything that depends on it runs again.`,
    () => 'Keep the function pure and pass the dependencies in explicitly; it makes the behaviour easy to test.',
    () => 'If you only need this in one place, inline it first and extract a helper once a second caller appears.',
    () => 'Measure before optimising: a quick profile will tell you whether this is even the bottleneck.',
    () => 'The types should flow from the input: let inference do the work instead of annotating every variable.',
    () => 'Add an early return for the empty case so the main path stays flat and readable.',
    () => 'Cancellation matters here, otherwise a slow response can overwrite a newer one.',
    (s) => `A common mistake with ${s} is mutating shared state; return a new object instead.`,
    () => 'Wrap the side effect in a small function with a clear name, and the rest of the code reads like a description of the intent.',
    () => 'Log the intermediate value once to confirm the assumption, then remove the log.',
    () => 'For the tests, cover the happy path, the empty input and one malformed input; that catches most regressions.',
    () => 'The error message is misleading: the real problem happens one step earlier, when the value is first read.',
    () => 'Prefer a plain loop when the logic has early exits; chained array methods get hard to follow.',
    () => 'If the data can be large, stream it in chunks rather than loading everything into memory at once.',
    () => 'Pin the version in the lock file so CI and your laptop run the same code.',
    () => 'The index helps only if the query filters on the leading column; otherwise Postgres falls back to a sequential scan.',
  ],
};

const writing: CategoryVocabulary = {
  weight: 11,
  topics: [
    { title: 'Polite follow-up email', subject: 'a follow-up email to a client who went quiet' },
    { title: 'Cover letter draft', subject: 'a cover letter for a frontend role at a climate startup' },
    { title: 'LinkedIn post about launch', subject: 'a LinkedIn post about launching my side project' },
    { title: 'Wedding toast ideas', subject: "a two-minute toast for my sister's wedding" },
    { title: 'Rewrite README intro', subject: 'the introduction of my project README' },
    { title: 'Landlord repair request', subject: 'a firm but friendly message to my landlord about the broken heating' },
    { title: 'Newsletter for running club', subject: 'the monthly newsletter for my running club' },
    { title: 'Short story opening', subject: 'the opening paragraph of a short story about a lighthouse keeper' },
    { title: 'Performance review self-assessment', subject: 'my self-assessment for the mid-year review' },
    { title: 'Apology message to friend', subject: 'an apology to a friend for missing their birthday' },
  ],
  openings: [
    (s) => `Can you help me write ${s}? Tone: warm, not cheesy.`,
    (s) => `Draft ${s}. Keep it under 150 words.`,
    (s) => `I wrote ${s} but it sounds stiff. Here's my draft:\n\n"Hi, I am writing to let you know that I wanted to check in regarding the matter we discussed, as I have not yet heard back and would appreciate an update at your earliest convenience."\n\nMake it sound like a human wrote it.`,
    (s) => `Give me three different versions of ${s}: formal, casual and funny.`,
    (s) => `Proofread ${s} and tell me what you changed and why.`,
  ],
  followUps: [
    () => 'shorter please',
    () => 'Less corporate. I would never say "leverage".',
    () => 'Can you make the second version a bit funnier?',
    () => 'Perfect. Now a subject line?',
    () => 'It sounds too much like AI wrote it, can you make it messier',
    () => 'Translate that last version into Portuguese as well',
    () => 'Keep the first sentence, rewrite the rest',
  ],
  sentences: [
    (s) => `For ${s}, lead with the one thing you want the reader to do, then give the context.`,
    () => 'Short sentences read as confident; long ones read as apologetic.',
    () => 'I cut the filler phrases and moved the ask to the first paragraph.',
    () => 'A concrete detail beats an adjective: say what happened instead of how it felt.',
    () => 'I kept your voice where it was strong and only smoothed the transitions.',
    () => 'End with a clear next step and a date, so a reply is easy.',
    () => 'Humour works best in one line near the end, not spread throughout.',
    () => 'Read it out loud once: anything you stumble over is worth rewriting.',
    () => 'I replaced the passive constructions so it is clear who does what.',
    () => 'The middle paragraph was repeating the opening, so I merged them.',
  ],
};

const explain: CategoryVocabulary = {
  weight: 11,
  topics: [
    { title: 'How vaccines train immunity', subject: 'how mRNA vaccines train the immune system' },
    { title: 'Inflation vs interest rates', subject: 'why central banks raise interest rates to fight inflation' },
    { title: 'Transformers attention explained', subject: 'attention in transformer models' },
    { title: 'Why the sky is blue', subject: 'Rayleigh scattering and the colour of the sky' },
    { title: 'Index funds vs ETFs', subject: 'the difference between index funds and ETFs' },
    { title: 'How sourdough rises', subject: 'what wild yeast and lactic acid bacteria do in a sourdough starter' },
    { title: 'Black holes for beginners', subject: 'how black holes form' },
    { title: 'Public key cryptography', subject: 'public key cryptography' },
    { title: 'Why cats knead', subject: 'why cats knead blankets' },
    { title: 'Heat pumps explained', subject: 'how a heat pump can be more than 100% efficient' },
    { title: 'Lactate threshold training', subject: 'lactate threshold and why it matters for runners' },
  ],
  openings: [
    (s) => `Explain ${s} like I'm 12.`,
    (s) => `ELI5: ${s}`,
    (s) => `Can you explain ${s}? I've read the Wikipedia article twice and still don't get it.`,
    (s) => `What's the intuition behind ${s}? Skip the math at first.`,
    (s) => `My friend and I are arguing about ${s}. Who's right: he says it's basically magic, I say it's simple physics/biology.`,
  ],
  followUps: [
    () => 'ok now with the math',
    () => 'Can you give me an analogy?',
    () => 'wait, why does that step happen?',
    () => 'What is a common misconception about this?',
    () => 'Give me three sources I could read next',
    () => 'So was I right or was my friend right?',
  ],
  sentences: [
    (s) => `The short version of ${s}: a simple rule, applied many times, produces the effect you notice.`,
    () => 'Think of it like a crowded room where everyone listens harder to the people most relevant to them.',
    () => 'The key idea is feedback: the output of one step changes the input of the next.',
    () => 'Energy is never created here, only moved from one place to another.',
    () => 'It sounds paradoxical until you separate what is measured from what is moved.',
    () => 'Scientists are confident about the mechanism; the open questions are about the details and the edge cases.',
    () => 'A useful mental model is a thermostat: it constantly compares the current state with a target.',
    () => 'Most explanations skip the middle step, which is exactly where the intuition lives.',
    () => 'You can see a small version of this in everyday life, which is a good way to check your understanding.',
    () => 'The popular explanation is roughly right but gets the cause and the effect the wrong way round.',
  ],
};

const planning: CategoryVocabulary = {
  weight: 9,
  topics: [
    { title: 'Lisbon 5-day itinerary', subject: 'five days in Lisbon in May' },
    { title: 'Weekly meal prep plan', subject: 'a weekly meal prep plan for two people' },
    { title: 'Move apartments checklist', subject: 'moving apartments in three weeks' },
    { title: 'Side project roadmap', subject: 'a six-week roadmap for my side project' },
    { title: 'Board game night menu', subject: 'a board game night for eight friends' },
    { title: 'Study plan for AWS cert', subject: 'a study plan for the AWS developer certification' },
    { title: 'Budget for Japan trip', subject: 'a two-week trip to Japan on a budget' },
    { title: 'Morning routine reset', subject: 'a realistic morning routine that starts at 6:30' },
  ],
  openings: [
    (s) => `Help me plan ${s}. Make it a table.`,
    (s) => `Plan ${s}. I hate rushing, so keep the days light.`,
    (s) => `I need a checklist for ${s}. Group it by week.`,
    (s) => `What's a sensible plan for ${s}? Budget is tight.`,
  ],
  followUps: [
    () => 'Swap day 3 and day 4, the weather looks bad on Thursday',
    () => 'add rough costs in euros',
    () => 'Can you turn this into a printable checklist?',
    () => 'Too packed. Cut it by a third.',
    () => 'What should I book in advance?',
  ],
  sentences: [
    (s) => `For ${s}, front-load the things that need booking and leave the rest flexible.`,
    () => 'Group errands by neighbourhood so you are not crossing town twice a day.',
    () => 'Block one empty slot every day: plans always expand to fill the time.',
    () => 'Put the hardest task on the day you have the most energy, not the day it is due.',
    () => 'A rough budget per day is easier to keep than a detailed one per item.',
    () => 'I left the evenings open since you mentioned you prefer not to rush.',
    () => 'Check opening days in advance; many museums close on Mondays.',
    () => 'Batch cooking on Sunday covers the first half of the week; a quick restock on Wednesday covers the rest.',
  ],
};

const language: CategoryVocabulary = {
  weight: 7,
  topics: [
    { title: 'Portuguese restaurant phrases', subject: 'ordering food in a restaurant in Lisbon' },
    { title: 'Translate message to Spanish', subject: 'a message to my Airbnb host in Valencia' },
    { title: 'Portuguese verb conjugation', subject: 'the difference between ser and estar in Portuguese' },
    { title: 'Japanese travel basics', subject: 'basic Japanese phrases for trains and shops' },
    { title: 'German formal email', subject: 'a formal email in German to the Bürgeramt' },
  ],
  openings: [
    (s) => `Translate into European Portuguese, not Brazilian: phrases for ${s}`,
    (s) => `How would a native speaker say this? It's for ${s}: "Could we check in an hour later? Our train is delayed."`,
    (s) => `Teach me ${s} with five example sentences and a mini quiz at the end.`,
    (s) => `Traduz para português: ${s}. Quero soar natural.`,
  ],
  followUps: [
    () => 'how do I pronounce the third one?',
    () => 'Is that formal or informal?',
    () => 'Quiz me again but harder',
    () => 'obrigado! e como digo "the bill, please"?',
    () => 'Can you give me the literal translation too?',
  ],
  sentences: [
    () => 'In Lisbon you will hear "Queria um café, por favor" far more often than the textbook "Eu gostaria".',
    () => '"Pode trazer a conta, por favor?" is polite and natural for asking for the bill.',
    () => 'En España dirías: "¿Podríamos hacer el check-in una hora más tarde? Nuestro tren lleva retraso."',
    () => 'In Japanese, すみません works both as "excuse me" and as a light "sorry".',
    () => '「この電車は京都に行きますか？」 asks whether this train goes to Kyoto.',
    () => 'Ser is for lasting traits ("sou programador"), estar for states and locations ("estou cansado", "estou em Lisboa").',
    () => 'Im Deutschen beginnt eine formelle E-Mail mit "Sehr geehrte Damen und Herren," und endet mit "Mit freundlichen Grüßen".',
    (s) => `For ${s}, the informal "tu" form is common among younger people, but "você" or the third person is safer with strangers.`,
    () => 'Portuguese vowels at the end of words are often swallowed, so "obrigado" sounds closer to "brigad".',
    () => 'Quiz: 1) How do you say "I am tired"? 2) "Where is the station?" 3) "A table for two, please."',
  ],
};

const casual: CategoryVocabulary = {
  weight: 8,
  topics: [
    { title: 'Cat name ideas', subject: 'a name for a second kitten to go with Miso' },
    { title: 'Movie night pick', subject: 'a movie for tonight that my partner and I both like' },
    { title: 'Shower thought debate', subject: 'whether a hot dog is a sandwich' },
    { title: 'Gift ideas for dad', subject: 'a birthday gift for my dad who has everything' },
    { title: 'Board game recommendations', subject: 'a cooperative board game for four players' },
    { title: 'Houseplant dying', subject: 'why my monstera leaves are turning yellow' },
    { title: "Can't sleep chat", subject: 'ways to fall asleep when my brain will not stop' },
  ],
  openings: [
    (s) => `hey 👋 quick one, ideas for ${s}?`,
    (s) => `I need ${s}. go`,
    (s) => `settle this: ${s}. be honest lol`,
    (s) => `ok random question but ${s}?? 😅`,
    (s) => `it's 1am and I'm thinking about ${s}`,
  ],
  followUps: [
    () => 'haha love it',
    () => 'more like the second one',
    () => 'nah those are boring, weirder',
    () => 'ok but which would YOU pick',
    () => 'lol fair',
    () => 'thanks, that actually helped 🙏',
  ],
  sentences: [
    (s) => `Fun question! For ${s}, I'd go with something that matches the personality you already see.`,
    () => 'Honestly, the best pick is the one you will still enjoy saying out loud in five years.',
    () => 'If you want a tie-breaker, flip a coin and notice which side you are hoping for.',
    () => 'A few playful options: Tofu, Wasabi, Nori, Udon and, for the ambitious, Professor Sesame.',
    () => 'Both sides have a point, which is exactly why this debate never ends.',
    () => 'If your mind is racing, writing the thoughts down on paper often quiets them surprisingly fast.',
    () => 'Yellow leaves usually mean too much water, especially if the soil stays damp for days.',
    () => 'Something small and personal tends to land better than something expensive.',
  ],
};

const cooking: CategoryVocabulary = {
  weight: 5,
  topics: [
    { title: 'Sourdough starter not rising', subject: 'a sourdough starter that stopped rising' },
    { title: 'Dense sourdough crumb', subject: 'a dense, gummy sourdough crumb' },
    { title: 'High-protein vegetarian dinners', subject: 'high-protein vegetarian dinners under 30 minutes' },
    { title: 'Pasteis de nata at home', subject: 'making pastéis de nata at home' },
    { title: 'Use up leftover rice', subject: 'what to cook with leftover rice' },
  ],
  openings: [
    (s) => `Help! ${s}. What am I doing wrong?`,
    (s) => `Give me a recipe for ${s}. Metric units please.`,
    (s) => `I'm troubleshooting ${s}. My kitchen is about 19°C.`,
  ],
  followUps: [
    () => 'What hydration would you start with?',
    () => 'can I use whole wheat flour instead',
    () => 'how long in the fridge overnight?',
    () => 'It worked!! best loaf so far',
  ],
  sentences: [
    (s) => `With ${s}, temperature is usually the hidden variable: a cool kitchen slows everything down.`,
    () => 'Feed the starter at a 1:2:2 ratio and keep it somewhere around 24–26 °C for a few days.',
    () => 'A gummy crumb often means under-fermentation or cutting the loaf while it is still hot.',
    () => 'Start around 70% hydration; it is forgiving while you learn to shape.',
    () => 'Chickpeas, lentils, tofu and Greek yoghurt will get you past 30 g of protein per plate.',
    () => 'Cold-proof in the fridge for 12–16 hours for more flavour and easier scoring.',
  ],
};

const fitness: CategoryVocabulary = {
  weight: 4,
  topics: [
    { title: 'Half marathon training plan', subject: 'a 12-week half marathon plan aiming for 1:50' },
    { title: 'Shin splints recovery', subject: 'coming back from shin splints' },
    { title: 'Strength routine for runners', subject: 'a twice-weekly strength routine for runners' },
    { title: 'Race day nutrition', subject: 'fuelling for a half marathon' },
  ],
  openings: [
    (s) => `Build me ${s}. I run 3 times a week now, about 25 km total.`,
    (s) => `What's the evidence on ${s}?`,
    (s) => `I'm worried about ${s}. Not looking for medical advice, just general guidance.`,
  ],
  followUps: [
    () => 'What pace should my easy runs be?',
    () => 'I missed two runs this week, do I repeat the week?',
    () => 'can you put it in a table by week',
  ],
  sentences: [
    (s) => `For ${s}, consistency matters more than any single hard session.`,
    () => 'Keep about 80% of your running easy enough that you could hold a conversation.',
    () => 'Increase weekly volume by roughly 10% at most, with a lighter week every fourth week.',
    () => 'If pain changes your stride or gets worse during a run, stop and get it looked at.',
    () => 'Practice race-day fuel on long runs; the gut needs training too.',
  ],
};

const data: CategoryVocabulary = {
  weight: 5,
  topics: [
    { title: 'Analyze running log CSV', subject: 'my running log export' },
    { title: 'Monthly spending breakdown', subject: 'my bank statement CSV' },
    { title: 'Sales data pivot', subject: 'the quarterly sales spreadsheet' },
    { title: 'Sleep tracker trends', subject: 'six months of sleep tracker data' },
  ],
  openings: [
    (s) => `Here's ${s}. Can you find trends and make a chart?`,
    (s) => `Analyze ${s} and tell me three things I should know.`,
    (s) => `Can you clean up ${s}? Dates are in two different formats.`,
  ],
  followUps: [
    () => 'Break it down by month',
    () => 'Can you plot that as a line chart instead?',
    () => 'what is the outlier in March?',
    () => 'export the cleaned version as CSV',
  ],
  sentences: [
    (s) => `I loaded ${s} and normalised the dates first, since two formats were mixed.`,
    () => 'The overall trend is upward, with a clear dip during the holiday weeks.',
    () => 'Weekdays are noticeably more consistent than weekends.',
    () => 'One row looked like a duplicate import, so I excluded it from the totals.',
    () => 'The chart above shows the monthly totals with a three-month rolling average.',
  ],
};

const research: CategoryVocabulary = {
  weight: 7,
  topics: [
    { title: 'Best budget running shoes 2026', subject: 'the best budget running shoes this year' },
    { title: 'Lisbon train strike dates', subject: 'upcoming train strikes in Portugal' },
    { title: 'Heat pump subsidies', subject: 'heat pump subsidies available this year' },
    { title: 'Laptop for web development', subject: 'a laptop for web development under 1500 euros' },
    { title: 'Local-first sync libraries', subject: 'the current state of local-first sync libraries' },
  ],
  openings: [
    (s) => `What are ${s}? Please check current sources.`,
    (s) => `Search the web: ${s}`,
    (s) => `Compare options for ${s} and cite where the info comes from.`,
  ],
  followUps: [
    () => 'Which of these is available in Europe?',
    () => 'Any newer reviews?',
    () => 'Summarise that in three bullet points',
  ],
  sentences: [
    (s) => `Based on recent coverage of ${s}, a few options stand out.`,
    () => 'Reviewers consistently praise the comfort, though durability reports are mixed.',
    () => 'The official announcement lists the dates, but regional services may differ.',
    () => 'Prices vary by country, so check the local retailer before deciding.',
    () => 'Several sources agree on the top two picks; opinions split after that.',
    () => 'The scheme has an income cap and requires an installer from the approved list.',
  ],
};

const art: CategoryVocabulary = {
  weight: 4,
  topics: [
    { title: 'Miso the cat as astronaut', subject: 'my grey cat Miso as an astronaut' },
    { title: 'Logo for running club', subject: 'a minimalist logo for the Riverside Runners club' },
    { title: 'Cozy reading nook illustration', subject: 'a cozy reading nook on a rainy evening' },
    { title: 'Birthday card design', subject: 'a birthday card with a sourdough loaf wearing a party hat' },
  ],
  openings: [
    (s) => `Make an image of ${s}`,
    (s) => `Generate a picture: ${s}, watercolor style`,
    (s) => `Can you draw ${s}? Square format.`,
  ],
  followUps: [
    () => 'make it more colourful',
    () => 'same thing but at night',
    () => 'love it!! can you do a version without text',
  ],
  sentences: [
    (s) => `Here is ${s}.`,
    () => 'I went for soft lighting and a limited palette so it prints well.',
    () => 'Let me know if you would like a different style or aspect ratio.',
  ],
};

const photo: CategoryVocabulary = {
  weight: 4,
  topics: [
    { title: 'Identify this plant', subject: 'this plant on my balcony' },
    { title: 'Error screenshot help', subject: 'the error in this screenshot' },
    { title: 'Whiteboard notes to text', subject: 'the notes on this whiteboard photo' },
    { title: 'Fridge dinner ideas', subject: 'what is in my fridge' },
  ],
  openings: [
    (s) => `What can you tell me about ${s}?`,
    (s) => `Look at ${s} and help me out`,
    (s) => `Can you turn ${s} into something useful?`,
  ],
  followUps: [
    () => 'is it safe for cats?',
    () => 'Here is another angle',
    () => 'great, can you make it a checklist',
  ],
  sentences: [
    (s) => `From the photo of ${s}, the most likely answer is visible in the top left.`,
    () => 'The leaf shape and the aerial roots suggest a pothos rather than a philodendron.',
    () => 'The stack trace points to a missing environment variable at start-up.',
    () => 'I transcribed the notes and grouped them into decisions, open questions and action items.',
    () => 'With eggs, spinach, feta and leftover rice you could make a quick frittata or a fried rice.',
  ],
};

export const VOCABULARY: Readonly<Record<Category, CategoryVocabulary>> = {
  coding,
  writing,
  explain,
  planning,
  language,
  casual,
  cooking,
  fitness,
  data,
  research,
  art,
  photo,
};

export const CATEGORY_WEIGHTS = (Object.keys(VOCABULARY) as Category[]).map(
  (category) => [category, VOCABULARY[category].weight] as const,
);
