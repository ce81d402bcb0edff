import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/action-checklist/define.js';
import type { ActionChecklistData } from '../src/action-checklist/model.js';
import { widgetArgs, type WidgetArgs } from './widget-args.js';

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

type Args = WidgetArgs<ActionChecklistData>;

const render = (args: Args) =>
  html`<union-action-checklist ${widgetArgs(args)} .data=${args.data}></union-action-checklist>`;

export default {
  title: 'Widgets/Action checklist',
  component: 'union-action-checklist',
  render,
  args: { source: 'UFCW7', data: variant(seed.id) },
  // The seed starts unticked each time; the other stories keep their progress under their own id.
  beforeEach: () => forget(seed.id),
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

/** The seed checklist, nothing ticked yet, the town-hall deadline three days away. */
export const Loaded: Story = {};

/** Loaded from the sample campaign file with a JSON Pointer (the 2021 deadline shows as closed). */
export const FromCampaignFile: Story = {
  args: { data: undefined, src: '/demo/campaign.json#/actionChecklist' },
};

/** Two of three done, the share count under way. */
export const InProgress: Story = {
  args: { data: variant('story-progress') },
  beforeEach: () =>
    remember('story-progress', {
      'sign-petition': { at: Date.now(), n: 2 },
      'mobilization-mondays': { at: Date.now() },
    }),
};

/** Everything done: the celebration (no motion when the reader asks for reduced motion). */
export const AllDone: Story = {
  args: { data: variant('story-all') },
  beforeEach: () => {
    const now = Date.now();
    remember('story-all', {
      'sign-petition': { at: now, n: 5 },
      'mobilization-mondays': { at: now },
      'tele-town-hall': { at: now },
    });
  },
};

/** A deadline 40 minutes away: the countdown in minutes. */
export const ClosingSoon: Story = { args: { data: variant('story-soon', 40 / 1440) } };

/** A deadline past: "Closed", and the registration link gone. */
export const Closed: Story = { args: { data: variant('story-closed', -1) } };

/** A weekly action ticked before its weekday last came round: it starts the week unticked. */
export const WeeklyReset: Story = {
  args: { data: variant('story-weekly') },
  beforeEach: () =>
    remember('story-weekly', { 'mobilization-mondays': { at: Date.now() - 8 * 86400e3 } }),
};

/** Just after "Reset the list": the Undo button has focus. */
export const AfterReset: Story = {
  args: { data: variant('story-reset') },
  beforeEach: () => remember('story-reset', { 'sign-petition': { at: Date.now() } }),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('union-action-checklist')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.reset')?.click();
  },
};

/** Spanish, from the element's `lang`. */
export const Spanish: Story = { args: { lang: 'es' } };

/** In a 280 px sidebar. */
export const Sidebar280: Story = {
  args: { data: variant('story-narrow') },
  render: (args) => html`<div style="width:280px">${render(args)}</div>`,
};

/** Long titles, descriptions and tags wrap instead of overflowing. */
export const LongText: Story = {
  args: {
    data: {
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
            'Supercalifragilisticexpialidocious-long-words-without-spaces-must-wrap-too '.repeat(4),
          hashtags: ['ThisIsAVeryLongHashtagThatKeepsGoingAndGoingForever', 'BestJobsBestCare'],
          url: 'https://actionnetwork.org/forms/a',
          cta: 'Find out where and when your unit is meeting this week',
        },
      ],
    },
  },
  render: (args) => html`<div style="max-width:360px">${render(args)}</div>`,
};

/** An empty list: a calm message. */
export const Empty: Story = {
  args: { data: { id: 'story-empty', actions: [] }, source: undefined },
};

/** Waiting for the feed (no data yet). */
export const Loading: Story = { args: { data: undefined, source: undefined } };

/** The webmaster's fallback link: what members see before the script runs, without JavaScript, or when data cannot load. */
export const Fallback: Story = {
  args: { data: undefined, source: undefined },
  render: (args) =>
    html`<union-action-checklist ${widgetArgs(args)} .data=${args.data}>
      <a href="https://alliance.example/actions"
        >3 actions you can take to win a great national contract</a
      >
    </union-action-checklist>`,
};

/** Bad data with `debug`: what is wrong and where, for the webmaster. */
export const DataError: Story = {
  args: {
    debug: true,
    source: undefined,
    data: {
      id: 'bad',
      actions: [
        { id: 'x', title: 'A' },
        { id: 'x', title: 'B', weekday: 'funday', url: 'javascript:alert(1)' },
      ],
    } as unknown as ActionChecklistData,
  },
};

/** Brand colours from the host page. */
export const Themed: Story = {
  args: {
    data: variant('story-themed'),
    '--union-accent': '#00467f',
    '--union-good': '#00703c',
    '--union-radius': '0',
  },
  render: (args) => html`<div style="font-family:Georgia,serif">${render(args)}</div>`,
};
