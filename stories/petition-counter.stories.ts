import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/petition-counter/define.js';
import type { PetitionData } from '../src/petition-counter/model.js';
import { widgetArgs, type WidgetArgs } from './widget-args.js';

/** The bulletin's petition, as `demo/campaign.json#/petition` has it. */
const seed: PetitionData = {
  title: 'Tell Kaiser Permanente: invest in patient care and health care workers',
  url: 'https://actionnetwork.org/petitions/invest-in-patient-care-and-healthcare-workers?clear_id=true',
  count: 8412,
  goal: 10000,
  shareText:
    'I signed the petition telling Kaiser Permanente to invest in patient care and health care workers. Will you sign too?',
  hashtags: ['BestJobsBestCare'],
  updated: '2021-10-22T09:00:00-06:00',
};

interface Args extends WidgetArgs<PetitionData> {
  'share-goal'?: number;
}

const render = (args: Args) =>
  html`<union-petition-counter ${widgetArgs(args)} .data=${args.data}></union-petition-counter>`;

export default {
  title: 'Widgets/Petition counter',
  component: 'union-petition-counter',
  render,
  args: { source: 'UFCW7', data: seed },
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

/** The seed petition: 8,412 of 10,000, with sharing. */
export const Loaded: Story = {};

/** From the sample campaign file with a JSON Pointer, refreshing every minute. */
export const FromCampaignFile: Story = {
  args: { data: undefined, src: '/demo/campaign.json#/petition', refresh: 60 },
};

/** Waiting for the feed, no fallback content: a short "Loading…" status. */
export const Loading: Story = { args: { data: undefined, source: undefined } };

/** Waiting for the feed, with the webmaster's fallback link: members see the link. */
export const FallbackContent: Story = {
  args: { data: undefined, source: undefined },
  render: (args) =>
    html`<union-petition-counter ${widgetArgs(args)} .data=${args.data}>
      <a
        href="https://actionnetwork.org/petitions/invest-in-patient-care-and-healthcare-workers?source=UFCW7"
        >Sign the petition</a
      >
    </union-petition-counter>`,
};

/** Bad data (a negative count): the calm message for members, the field path in debug. */
export const ErrorState: Story = {
  args: { data: { ...seed, count: -5 }, debug: true, source: undefined },
};

/** A brand-new petition: no signatures and no goal yet, aiming at the first milestone. */
export const Empty: Story = { args: { data: { title: seed.title, url: seed.url, count: 0 } } };

/** Goal passed: celebrated, and the bar aims at the next milestone (never over 100%). */
export const GoalReached: Story = { args: { data: { ...seed, count: 12345 } } };

/** No goal given: the next milestone on the 1 000 → 2 500 → 5 000 → 10 000 ladder. */
export const NoGoal: Story = { args: { data: { ...seed, goal: undefined, count: 3120 } } };

/** "Get at least five others to sign": the tally a member keeps on the device. */
export const ShareTally: Story = { args: { 'share-goal': 5 } };

/** A long title and a huge count. */
export const LongText: Story = {
  args: {
    data: {
      ...seed,
      title:
        'Tell Kaiser Permanente and every regional health plan executive: invest in patient care, safe staffing, and the health care workers who keep our communities healthy through every crisis',
      count: 1234567,
      goal: 2500000,
    },
  },
};

/** Español, with Spanish number formats. */
export const Spanish: Story = {
  args: { data: { ...seed, count: 18412 }, lang: 'es', 'share-goal': 5 },
};

/** In a 280 px sidebar. */
export const Sidebar280: Story = {
  args: { 'share-goal': 5 },
  render: (args) => html`<div style="width:280px">${render(args)}</div>`,
};

/**
 * Live: the count rises every 3 seconds (count-up when motion is allowed; announced at most every
 * 30 s). A count set in Controls is where it carries on from.
 */
export const LiveUpdates: Story = {
  play: ({ canvasElement }) => {
    const el = canvasElement.querySelector('union-petition-counter')!;
    const timer = setInterval(() => {
      if (!el.isConnected || !el.data) return clearInterval(timer);
      el.data = { ...el.data, count: el.data.count + Math.ceil(Math.random() * 40) };
    }, 3000);
  },
};

/** A local's brand colours through the public custom properties, and the host page's font. */
export const Themed: Story = {
  args: {
    '--union-accent': '#004a98',
    '--union-on-accent': '#fff',
    '--union-track': '#dde6f3',
    '--union-radius': '0',
  },
  render: (args) => html`<div style="font-family:Georgia,serif">${render(args)}</div>`,
};

/**
 * `--union-accent: currentColor`: the accent is the widget's text colour, and the Sign button's
 * text stays readable on it (in plain CSS it would be the button's own text colour: 1:1).
 */
export const AccentFromText: Story = {
  args: { '--union-accent': 'currentColor', '--union-text': '#3a1f5c' },
};
