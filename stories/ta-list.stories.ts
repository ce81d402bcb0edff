import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/ta-list/define.js';
import { groupIds, itemKey, type TaListData } from '../src/ta-list/model.js';
import { save } from '../src/internal/storage.js';
import { widgetArgs, type WidgetArgs } from './widget-args.js';

/** The August 2025 bulletin's three subgroups (the same as demo/campaign.json#/taList). */
const seed: TaListData = {
  title: 'Tentative agreements reached',
  updated: '2025-08-15',
  subgroups: [
    {
      id: 'staffing',
      name: 'Staffing and Patient Care',
      summary:
        'Moving from options to clear, actionable recommendations aimed at improving safe staffing standards and strengthening support for care teams across all regions.',
      items: [
        {
          title:
            'A dashboard that will share up-to-date staffing information with every unit-based team',
          status: 'ta',
        },
        {
          title: 'Training to support the contract staffing language implementation',
          status: 'ta',
        },
        {
          title:
            'Processes that ensure staffing language is enforceable and consistently applied across KP',
          status: 'ta',
        },
      ],
    },
    {
      id: 'partnership',
      name: 'Partnership Effectiveness',
      summary:
        "Making sure partnership is not just a concept, but something that's consistently practiced and supported across Kaiser Permanente.",
      items: [
        { title: 'Improve UBT assessments', status: 'recommended' },
        { title: 'Evaluate LMP learning', status: 'recommended' },
        { title: 'Measure our partnership beyond the UBT level', status: 'recommended' },
        {
          title: 'A clear plan to implement Just Culture',
          detail: 'Including training and communication strategies.',
          status: 'recommended',
        },
      ],
    },
    {
      id: 'ai-technology',
      name: 'AI and Technology',
      summary:
        'Making sure workers are part of the conversation early, so new tools and technology support both patients and healthcare workers.',
      items: [
        {
          title: 'Create a joint, national AI & Technology Taskforce',
          detail:
            'To make sure workers are part of the conversation early, so new tools and technology support both patients and healthcare workers.',
          status: 'ta',
          date: '2025-08-14',
        },
        {
          title: 'Training and skills workers need to succeed with new tools',
          detail:
            'As Kaiser Permanente continues to roll out AI across the organization, the Alliance is making sure our members stay at the center of every decision.',
          status: 'open',
        },
      ],
    },
  ],
};

const long: TaListData = {
  title:
    'Tentative agreements reached at the national bargaining table between the Alliance of Health Care Unions and Kaiser Permanente',
  updated: '2025-08-15',
  subgroups: [
    {
      name: 'Staffing, Patient Care, Workload, Scheduling, Float Pools and Mandatory Overtime Subcommittee',
      summary:
        'A'.repeat(20) + ' ' + 'Supercalifragilisticexpialidociousstaffinglanguage'.repeat(3),
      items: [
        {
          title:
            'An extraordinarily long agreement title that keeps going to show how wrapping behaves in a narrow sidebar column on a phone',
          detail: 'Detail '.repeat(80),
          status: 'ta',
          date: '2025-08-14',
        },
      ],
    },
  ],
};

const many: TaListData = {
  title: '1 000 items',
  subgroups: Array.from({ length: 20 }, (_, g) => ({
    name: `Subgroup ${g + 1}`,
    items: Array.from({ length: 50 }, (_, i) => ({
      title: `Agreement ${g + 1}.${i + 1}: acción sobre tecnología`,
      status: (['ta', 'recommended', 'open'] as const)[i % 3],
    })),
  })),
};

type Args = WidgetArgs<TaListData>;

const render = (args: Args) =>
  html`<union-ta-list ${widgetArgs(args)} .data=${args.data}></union-ta-list>`;

export default {
  title: 'Widgets/TA list',
  component: 'union-ta-list',
  render,
  args: { data: seed },
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

/** The seed data: three subgroups, collapsed, counts by status. */
export const Loaded: Story = {};

/** From the campaign file through a JSON Pointer. */
export const FromCampaignFile: Story = {
  args: { data: undefined, src: '/demo/campaign.json#/taList' },
};

/** A subgroup opened by a deep link or a tap. */
export const SubgroupOpen: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('union-ta-list')!;
    await el.updateComplete;
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.head')[2].click();
  },
};

/** Search results for "training": items from two subgroups, opened, count announced. */
export const Searching: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('union-ta-list')!;
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = 'training';
    input.dispatchEvent(new Event('input'));
  },
};

/** No item matches: the message and "Clear filters". */
export const NoMatch: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('union-ta-list')!;
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = 'pensions';
    input.dispatchEvent(new Event('input'));
  },
};

/** "New" marks: items added since the last visit (here the store is primed first). */
export const NewSinceLastVisit: Story = {
  args: { data: { ...seed, title: 'New since your last visit' } },
  beforeEach: () => {
    // As if the member last came when only the first two subgroups existed.
    const before = seed.subgroups.slice(0, 2);
    const ids = groupIds(before);
    save(
      `ta-list:New since your last visit`,
      before.flatMap((g, i) => g.items.map((item) => itemKey(ids[i], item))),
    );
  },
};

/** Before the feed answers. */
export const Loading: Story = { args: { data: undefined } };

/** What members see without JavaScript or data: the webmaster's link. */
export const Fallback: Story = {
  args: { data: undefined },
  render: (args) =>
    html`<union-ta-list ${widgetArgs(args)} .data=${args.data}
      ><a href="https://example.org/bargaining">Read the bargaining updates</a></union-ta-list
    >`,
};

/** Bad data with the debug box a webmaster sees. */
export const ErrorState: Story = {
  args: {
    debug: true,
    data: {
      subgroups: [
        { id: 'a', name: 'A', items: [] },
        { id: 'a', items: [{ status: 'signed' }] },
      ],
    } as unknown as TaListData,
  },
  render: Fallback.render,
};

/** Nothing agreed yet. */
export const Empty: Story = { args: { data: { title: 'Tentative agreements', subgroups: [] } } };

/** An unknown status, shown as open (warning in the console). */
export const UnknownStatus: Story = {
  args: {
    data: {
      subgroups: [
        {
          name: 'Wages',
          items: [{ title: 'Across-the-board raises', status: 'signed' as 'open' }],
        },
      ],
    },
  },
};

export const LongText: Story = { args: { data: long } };

export const Spanish: Story = { args: { lang: 'es' } };

/** A 280 px sidebar: filters stack, text wraps. */
export const Sidebar280: Story = {
  render: (args) => html`<div style="width: 280px">${render(args)}</div>`,
};

export const BrandColours: Story = {
  args: { '--union-accent': '#0b5394', '--union-good': '#38761d' },
};

/** 1 000 items in 20 subgroups: collapsed until opened or searched. */
export const ThousandItems: Story = { args: { data: many } };
