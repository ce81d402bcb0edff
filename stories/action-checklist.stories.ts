import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/action-checklist/define.js';
import type { ActionChecklistData } from '../src/action-checklist/model.js';

/** The bulletin's three actions, as in demo/campaign.json#/actionChecklist. */
const seed: ActionChecklistData = {
  id: 'story-seed',
  title: '3 actions you can take to win a great national contract',
  actions: [
    {
      id: 'sign-petition',
      title:
        'Sign the petition telling Kaiser Permanente to invest in patient care and health care workers',
      description:
        'After you sign the petition, share it with your co-workers, friends, and family on social media, and get at least five others to sign.',
      url: 'https://actionnetwork.org/petitions/invest-in-patient-care-and-healthcare-workers?clear_id=true',
      cta: 'Sign the petition',
      shareGoal: 5,
    },
    {
      id: 'mobilization-mondays',
      title: 'Participate in Mobilization Mondays',
      description:
        'Every Monday, wear your union shirt and buttons to work until we win a fair contract. Take a photo wearing your union gear and post it on social media with the hashtag #BestJobsBestCare.',
      repeat: 'weekly',
      weekday: 'monday',
      hashtags: ['BestJobsBestCare'],
      mentions: ['KPThrive', 'ufcwlocal7healthcare'],
    },
    {
      id: 'tele-town-hall',
      title: 'Participate in the Tele-Town Hall on October 28, 2021',
      description: 'Join us to learn the latest update in National Bargaining.',
      url: 'https://actionnetwork.org/forms/register-alliance-oct-tth?clear_id=true',
      cta: 'Register',
      due: '2021-10-27T13:00',
      timeZone: 'America/Denver',
    },
  ],
};

/** A copy of the seed under its own storage id, with the deadline moved `days` from now. */
const variant = (id: string, days = 3): ActionChecklistData => {
  const due = new Date(Date.now() + days * 86400e3).toISOString().slice(0, 16);
  return { ...seed, id, actions: seed.actions.map((a) => (a.due ? { ...a, due } : a)) };
};

/** Puts progress on this device before the story renders (storage is the widget's own format). */
const remember = (id: string, entries: Record<string, { at?: number; n?: number }>) =>
  localStorage.setItem(`union-widgets:checklist:${id}`, JSON.stringify(entries));

const forget = (id: string) => localStorage.removeItem(`union-widgets:checklist:${id}`);

interface Args {
  /** The reader's language (`lang` on the element); unset, the toolbar's. */
  lang?: string;
  /** Attribution for outbound links. */
  source: string;
}

const meta = {
  title: 'Widgets/Action checklist',
  component: 'union-action-checklist',
  args: { source: 'UFCW7' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    source: { control: 'text' },
  },
  render: ({ lang, source }) => {
    forget(seed.id);
    return html`<union-action-checklist
      lang=${lang || nothing}
      source=${source}
      .data=${variant(seed.id)}
    ></union-action-checklist>`;
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The seed checklist, nothing ticked yet, the town-hall deadline three days away. */
export const Loaded: Story = {};

/** Loaded from the sample campaign file with a JSON Pointer (the 2021 deadline shows as closed). */
export const FromCampaignFile: Story = {
  render: ({ lang, source }) =>
    html`<union-action-checklist
      lang=${lang || nothing}
      source=${source}
      src="/demo/campaign.json#/actionChecklist"
    ></union-action-checklist>`,
};

/** Two of three done, the share count under way. */
export const InProgress: Story = {
  render: ({ lang, source }) => {
    remember('story-progress', {
      'sign-petition': { at: Date.now(), n: 2 },
      'mobilization-mondays': { at: Date.now() },
    });
    return html`<union-action-checklist
      lang=${lang || nothing}
      source=${source}
      .data=${variant('story-progress')}
    ></union-action-checklist>`;
  },
};

/** Everything done: the celebration (no motion when the reader asks for reduced motion). */
export const AllDone: Story = {
  render: ({ lang, source }) => {
    const now = Date.now();
    remember('story-all', {
      'sign-petition': { at: now, n: 5 },
      'mobilization-mondays': { at: now },
      'tele-town-hall': { at: now },
    });
    return html`<union-action-checklist
      lang=${lang || nothing}
      source=${source}
      .data=${variant('story-all')}
    ></union-action-checklist>`;
  },
};

/** A deadline 40 minutes away: the countdown in minutes. */
export const ClosingSoon: Story = {
  render: ({ lang, source }) =>
    html`<union-action-checklist
      lang=${lang || nothing}
      source=${source}
      .data=${variant('story-soon', 40 / 1440)}
    ></union-action-checklist>`,
};

/** A deadline past: "Closed", and the registration link gone. */
export const Closed: Story = {
  render: ({ lang, source }) =>
    html`<union-action-checklist
      lang=${lang || nothing}
      source=${source}
      .data=${variant('story-closed', -1)}
    ></union-action-checklist>`,
};

/** A weekly action ticked before its weekday last came round: it starts the week unticked. */
export const WeeklyReset: Story = {
  render: ({ lang, source }) => {
    remember('story-weekly', { 'mobilization-mondays': { at: Date.now() - 8 * 86400e3 } });
    return html`<union-action-checklist
      lang=${lang || nothing}
      source=${source}
      .data=${variant('story-weekly')}
    ></union-action-checklist>`;
  },
};

/** Just after "Reset the list": the Undo button has focus. */
export const AfterReset: Story = {
  render: ({ lang, source }) => {
    remember('story-reset', { 'sign-petition': { at: Date.now() } });
    return html`<union-action-checklist
      lang=${lang || nothing}
      source=${source}
      .data=${variant('story-reset')}
    ></union-action-checklist>`;
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('union-action-checklist')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.reset')?.click();
  },
};

/** Spanish, from the page's `lang`. */
export const Spanish: Story = { args: { lang: 'es' } };

/** In a 280 px sidebar. */
export const Sidebar280: Story = {
  render: ({ lang, source }) =>
    html`<div style="width:280px">
      <union-action-checklist
        lang=${lang || nothing}
        source=${source}
        .data=${variant('story-narrow')}
      ></union-action-checklist>
    </div>`,
};

/** Long titles, descriptions and tags wrap instead of overflowing. */
export const LongText: Story = {
  render: ({ lang, source }) =>
    html`<div style="max-width:360px">
      <union-action-checklist
        lang=${lang || nothing}
        source=${source}
        .data=${{
          id: 'story-long',
          title:
            'Everything you can do this month to win a great national contract for every member in every region',
          actions: [
            {
              id: 'a',
              title:
                'Talk to every co-worker on your unit, on every shift, about the strike authorization vote and why it matters'.repeat(
                  2,
                ),
              description:
                'Supercalifragilisticexpialidocious-long-words-without-spaces-must-wrap-too '.repeat(
                  4,
                ),
              hashtags: ['ThisIsAVeryLongHashtagThatKeepsGoingAndGoingForever', 'BestJobsBestCare'],
              url: 'https://actionnetwork.org/forms/a',
              cta: 'Find out where and when your unit is meeting this week',
            },
          ],
        }}
      ></union-action-checklist>
    </div>`,
};

/** An empty list: a calm message. */
export const Empty: Story = {
  render: ({ lang }) =>
    html`<union-action-checklist
      lang=${lang || nothing}
      .data=${{ id: 'story-empty', actions: [] }}
    ></union-action-checklist>`,
};

/** Waiting for the feed (no data yet). */
export const Loading: Story = {
  render: ({ lang }) =>
    html`<union-action-checklist lang=${lang || nothing}></union-action-checklist>`,
};

/** The webmaster's fallback link: what members see before the script runs, without JavaScript, or when data cannot load. */
export const Fallback: Story = {
  render: ({ lang }) =>
    html`<union-action-checklist lang=${lang || nothing}>
      <a href="https://alliance.example/actions"
        >3 actions you can take to win a great national contract</a
      >
    </union-action-checklist>`,
};

/** Bad data with `debug`: what is wrong and where, for the webmaster. */
export const DataError: Story = {
  render: ({ lang }) =>
    html`<union-action-checklist
      lang=${lang || nothing}
      debug
      .data=${{
        id: 'bad',
        actions: [
          { id: 'x', title: 'A' },
          { id: 'x', title: 'B', weekday: 'funday', url: 'javascript:alert(1)' },
        ],
      }}
    ></union-action-checklist>`,
};

/** Brand colours from the host page. */
export const Themed: Story = {
  render: ({ lang, source }) =>
    html`<div
      style="--union-accent:#00467f;--union-good:#00703c;--union-radius:0;font-family:Georgia,serif"
    >
      <union-action-checklist
        lang=${lang || nothing}
        source=${source}
        .data=${variant('story-themed')}
      ></union-action-checklist>
    </div>`,
};
