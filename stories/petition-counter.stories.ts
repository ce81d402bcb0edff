import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/petition-counter/define.js';
import type { PetitionData } from '../src/petition-counter/model.js';

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

interface Options {
  lang?: string;
  shareGoal?: number;
}

const counter = (data: unknown, { lang, shareGoal = 0 }: Options = {}, inner?: TemplateResult) =>
  html`<union-petition-counter
    lang=${lang ?? nothing}
    source="UFCW7"
    share-goal=${shareGoal}
    .data=${data as PetitionData}
    >${inner}</union-petition-counter
  >`;

export default {
  title: 'Widgets/Petition counter',
  component: 'union-petition-counter',
} satisfies Meta;

type Story = StoryObj;

/** The seed petition: 8,412 of 10,000, with sharing. */
export const Loaded: Story = { render: () => counter(seed) };

/** From the sample campaign file with a JSON Pointer, refreshing every minute. */
export const FromCampaignFile: Story = {
  render: () =>
    html`<union-petition-counter
      src="/demo/campaign.json#/petition"
      refresh="60"
      source="UFCW7"
    ></union-petition-counter>`,
};

/** Waiting for the feed, no fallback content: a short "Loading…" status. */
export const Loading: Story = {
  render: () => html`<union-petition-counter></union-petition-counter>`,
};

/** Waiting for the feed, with the webmaster's fallback link: members see the link. */
export const FallbackContent: Story = {
  render: () =>
    html`<union-petition-counter>
      <a
        href="https://actionnetwork.org/petitions/invest-in-patient-care-and-healthcare-workers?source=UFCW7"
        >Sign the petition</a
      >
    </union-petition-counter>`,
};

/** Bad data (a negative count): the calm message for members, the field path in debug. */
export const ErrorState: Story = {
  render: () =>
    html`<union-petition-counter
      debug
      .data=${{ ...seed, count: -5 } as PetitionData}
    ></union-petition-counter>`,
};

/** A brand-new petition: no signatures and no goal yet, aiming at the first milestone. */
export const Empty: Story = {
  render: () => counter({ title: seed.title, url: seed.url, count: 0 }),
};

/** Goal passed: celebrated, and the bar aims at the next milestone (never over 100%). */
export const GoalReached: Story = { render: () => counter({ ...seed, count: 12345 }) };

/** No goal given: the next milestone on the 1 000 → 2 500 → 5 000 → 10 000 ladder. */
export const NoGoal: Story = { render: () => counter({ ...seed, goal: undefined, count: 3120 }) };

/** "Get at least five others to sign": the tally a member keeps on the device. */
export const ShareTally: Story = { render: () => counter(seed, { shareGoal: 5 }) };

/** A long title and a huge count. */
export const LongText: Story = {
  render: () =>
    counter({
      ...seed,
      title:
        'Tell Kaiser Permanente and every regional health plan executive: invest in patient care, safe staffing, and the health care workers who keep our communities healthy through every crisis',
      count: 1234567,
      goal: 2500000,
    }),
};

/** Español, with Spanish number formats. */
export const Spanish: Story = {
  render: () => counter({ ...seed, count: 18412 }, { lang: 'es', shareGoal: 5 }),
};

/** In a 280 px sidebar. */
export const Sidebar280: Story = {
  render: () => html`<div style="width:280px">${counter(seed, { shareGoal: 5 })}</div>`,
};

/** Live: the count rises every 3 seconds (count-up when motion is allowed; announced at most every 30 s). */
export const LiveUpdates: Story = {
  render: () => {
    const el = document.createElement('union-petition-counter');
    el.source = 'UFCW7';
    el.data = { ...seed };
    const timer = setInterval(() => {
      if (!el.isConnected) return clearInterval(timer);
      el.data = { ...seed, count: (el.data?.count ?? seed.count) + Math.ceil(Math.random() * 40) };
    }, 3000);
    return el;
  },
};

/** A local's brand colours through the public custom properties, and the host page's font. */
export const Themed: Story = {
  render: () =>
    html`<div
      style="--union-accent:#004a98;--union-on-accent:#fff;--union-track:#dde6f3;--union-radius:0;font-family:Georgia,serif"
    >
      ${counter(seed)}
    </div>`,
};
