import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/town-hall/define.js';
import type { TownHallData } from '../src/town-hall/model.js';
import { widgetArgs, type WidgetArgs } from './widget-args.js';

type Args = WidgetArgs<TownHallData>;

/** The webmaster's link: what members see before the script runs, without JavaScript or data. */
const fallback = html`<a href="https://actionnetwork.org/forms/register-alliance-oct-tth"
  >Register for the tele-town hall</a
>`;

const render = (args: Args) =>
  html`<union-town-hall ${widgetArgs(args)} .data=${args.data}>${fallback}</union-town-hall>`;

/** Without fallback content: what a member sees when the widget has nothing else to show. */
const renderBare = (args: Args) =>
  html`<union-town-hall ${widgetArgs(args)} .data=${args.data}></union-town-hall>`;

/** An instant `hours` from now (instants with `Z` keep the live states live whenever the story is opened). */
const inHours = (hours: number) =>
  new Date(Math.round((Date.now() + hours * 36e5) / 6e4) * 6e4).toISOString();

const oct2021: TownHallData = {
  title: 'October National Bargaining Tele-Town Hall',
  description:
    'Learn the latest update in National Bargaining and the next steps in our national bargaining contract campaign.',
  timeZone: 'America/Denver',
  sessions: [
    { id: 's1', label: 'Session 1', start: '2021-10-28T10:00' },
    { id: 's2', label: 'Session 2', start: '2021-10-28T16:00' },
    { id: 's3', label: 'Session 3', start: '2021-10-28T19:00' },
  ],
  durationMinutes: 60,
  registrationUrl: 'https://actionnetwork.org/forms/register-alliance-oct-tth?clear_id=true',
  deadline: '2021-10-27T13:00',
};

/** The seed, moved to the coming days so that registration is open. */
const upcoming = (deadlineHours = 48, firstHours = 72): TownHallData => ({
  ...oct2021,
  deadline: inHours(deadlineHours),
  sessions: [
    { id: 's1', label: 'Session 1', start: inHours(firstHours) },
    { id: 's2', label: 'Session 2', start: inHours(firstHours + 6) },
    { id: 's3', label: 'Session 3', start: inHours(firstHours + 9) },
  ],
});

// Times are relative to when Storybook loaded this file (reload to bring them back to now), so
// the live states (registration open, closing, happening now) are live when a story is opened.
export default {
  title: 'Widgets/Town hall',
  component: 'union-town-hall',
  render,
  args: { source: 'UFCW7', data: upcoming() },
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

export const Upcoming: Story = {};
export const ClosingSoon: Story = {
  name: 'Registration closes in minutes',
  args: { data: upcoming(0.4, 24) },
};
export const RegistrationClosed: Story = { args: { data: upcoming(-1, 12) } };
export const HappeningNow: Story = {
  args: {
    data: {
      ...upcoming(-2, -0.5),
      sessions: [
        { label: 'Session 1', start: inHours(-0.5) },
        { label: 'Session 2', start: inHours(5) },
      ],
    },
  },
};
export const SessionOver: Story = {
  name: 'One session over, one to come',
  args: {
    data: {
      ...upcoming(-2, 0),
      sessions: [
        { label: 'Morning', start: inHours(-3) },
        { label: 'Evening', start: inHours(4) },
      ],
    },
  },
};
export const EventOver: Story = {
  name: 'October 2021 seed (event over)',
  args: { data: oct2021 },
};
export const Seed2025: Story = {
  name: 'August 2025 seed, from the campaign file',
  args: { data: undefined, src: '/demo/campaign.json#/townHall2025' },
};
export const WithQr: Story = {
  name: 'QR code (scan to register)',
  args: {
    data: {
      title: 'CAT National Bargaining Virtual Town Hall',
      description: 'Scan the QR code to register today!',
      timeZone: 'America/Los_Angeles',
      sessions: [
        { id: 'thu', start: inHours(50), end: inHours(52.5) },
        { id: 'fri', start: inHours(63) },
      ],
      registrationUrl: 'https://alliance.example/town-hall-2025',
      qr: true,
    },
  },
};
export const QrTooLong: Story = {
  name: 'Link too long for a QR code',
  args: {
    data: {
      ...upcoming(),
      qr: true,
      registrationUrl: 'https://alliance.example/r?x=' + 'a'.repeat(3000),
    },
  },
};
export const ViewerInTokyo: Story = {
  name: 'Viewer in Tokyo (next day)',
  args: { 'time-zone': 'Asia/Tokyo' },
};
export const OddOffsets: Story = {
  name: 'Etc/GMT+5 event, Kathmandu viewer',
  args: {
    data: { ...upcoming(), timeZone: 'Etc/GMT+5', sessions: [{ start: '2030-01-01T10:00' }] },
    'time-zone': 'Asia/Kathmandu',
  },
};
export const Spanish: Story = { args: { lang: 'es' } };
export const LongText: Story = {
  args: {
    data: {
      ...upcoming(),
      title:
        'National Bargaining Tele-Town Hall for every member of every local in the Alliance of Health Care Unions',
      description: 'A very long description. '.repeat(12),
      sessions: upcoming().sessions.map((s) => ({
        ...s,
        label: 'Session with a long name for members on the night shift',
      })),
    },
  },
};
export const FiftySessions: Story = {
  args: {
    data: {
      ...upcoming(),
      deadline: undefined,
      sessions: Array.from({ length: 50 }, (_, i) => ({ start: inHours(24 + i * 3) })),
    },
  },
};
export const Empty: Story = {
  name: 'No sessions yet',
  args: { data: { ...upcoming(), sessions: [] } },
};
export const Sidebar: Story = {
  name: '280 px sidebar',
  args: { data: { ...upcoming(), qr: true } },
  render: (args) => html`<div style="width: 280px">${render(args)}</div>`,
};
/** No data yet and no fallback content: the calm "Loading…" line. */
export const Loading: Story = {
  args: { data: undefined, source: undefined },
  render: renderBare,
};
/** What members see without JavaScript or data: the webmaster's link. */
export const Fallback: Story = { args: { data: undefined, source: undefined } };
export const InvalidData: Story = {
  name: 'Error (unknown time zone, debug on)',
  args: { data: { ...oct2021, timeZone: 'Not/AZone' }, debug: true, source: undefined },
  render: renderBare,
};
export const UnsafeLink: Story = {
  name: 'javascript: registration link (reported, left out)',
  args: {
    data: { ...upcoming(), registrationUrl: 'javascript:alert(1)' },
    debug: true,
    source: undefined,
  },
  render: renderBare,
};
