import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { VoteTallyData } from '../src/vote-tally/model.js';
import campaign from '../demo/campaign.json';
import { widgetArgs, type WidgetArgs } from './widget-args.js';

const seed = campaign.voteTally as VoteTallyData;

interface Args extends WidgetArgs<VoteTallyData> {
  layout?: 'banner' | 'compact';
}

const render = (args: Args) =>
  html`<union-vote-tally ${widgetArgs(args)} .data=${args.data}></union-vote-tally>`;

export default {
  title: 'Widgets/Vote tally',
  component: 'union-vote-tally',
  render,
  args: { data: seed },
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

/** The October 2021 strike-authorization votes: "over 95%" three times, 93% twice. */
export const Loaded: Story = {};

export const Compact: Story = { args: { layout: 'compact' } };

/** Counts instead of published figures, with a two-thirds threshold marked. */
export const CountsAndThreshold: Story = {
  args: {
    data: {
      title: 'Ratification vote',
      threshold: 66.7,
      updated: '2025-08-22T19:30:00-07:00',
      results: [
        { union: 'Local 1', yes: 12345, no: 678 },
        { union: 'Local 2', yes: 2, no: 1 },
        { union: 'Local 3', yes: 0, no: 0 },
        { union: 'Local 4', yes: 310, no: 0 },
      ],
    },
  },
};

export const Spanish: Story = { args: { lang: 'es' } };

export const Sidebar280px: Story = {
  render: (args) => html`<div style="width: 280px">${render(args)}</div>`,
};

export const LongText: Story = {
  args: {
    data: {
      title:
        'Strike authorization votes across every bargaining unit of the Alliance of Health Care Unions',
      summary: 'A very long summary. '.repeat(12),
      results: [
        {
          union: 'United Nurses Associations of California/Union of Health Care Professionals',
          yesPercent: 95,
          qualifier: 'over',
        },
        { union: 'Supercalifragilisticexpialidociousunionlocalwithnospaces', yesPercent: 93 },
      ],
    },
  },
};

/** Waiting for data that has not arrived yet. */
export const Loading: Story = { args: { data: undefined } };

/** What members see before the script runs, without JavaScript, or when data cannot load. */
export const FallbackContent: Story = {
  args: { data: undefined },
  render: (args) =>
    html`<union-vote-tally ${widgetArgs(args)} .data=${args.data}>
      <a href="https://www.ufcw7.org/">Over 95% of members voted to authorize a strike.</a>
    </union-vote-tally>`,
};

/** Invalid data with `debug`: the webmaster sees the field path. */
export const InvalidData: Story = {
  args: { data: { results: [{ union: 'Local 1', yes: -4, no: 1 }] } as VoteTallyData, debug: true },
};

export const Empty: Story = { args: { data: { title: 'Vote results', results: [] } } };
