import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/town-hall/define.js';
import type { TownHallData } from '../src/town-hall/model.js';

export default {
  title: 'Widgets/Town hall',
  component: 'union-town-hall',
} satisfies Meta;

type Story = StoryObj;

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

const show = (data: TownHallData, attrs: { lang?: string; zone?: string } = {}) =>
  html`<div lang=${attrs.lang ?? nothing} time-zone=${attrs.zone ?? nothing}>
    <union-town-hall source="UFCW7" .data=${data}>
      <a href="https://actionnetwork.org/forms/register-alliance-oct-tth"
        >Register for the tele-town hall</a
      >
    </union-town-hall>
  </div>`;

export const Upcoming: Story = { render: () => show(upcoming()) };
export const ClosingSoon: Story = {
  name: 'Registration closes in minutes',
  render: () => show(upcoming(0.4, 24)),
};
export const RegistrationClosed: Story = { render: () => show(upcoming(-1, 12)) };
export const HappeningNow: Story = {
  render: () =>
    show({
      ...upcoming(-2, -0.5),
      sessions: [
        { label: 'Session 1', start: inHours(-0.5) },
        { label: 'Session 2', start: inHours(5) },
      ],
    }),
};
export const SessionOver: Story = {
  name: 'One session over, one to come',
  render: () =>
    show({
      ...upcoming(-2, 0),
      sessions: [
        { label: 'Morning', start: inHours(-3) },
        { label: 'Evening', start: inHours(4) },
      ],
    }),
};
export const EventOver: Story = {
  name: 'October 2021 seed (event over)',
  render: () => show(oct2021),
};
export const Seed2025: Story = {
  name: 'August 2025 seed, from the campaign file',
  render: () =>
    html`<union-town-hall
      src="/demo/campaign.json#/townHall2025"
      source="UFCW7"
    ></union-town-hall>`,
};
export const WithQr: Story = {
  name: 'QR code (scan to register)',
  render: () =>
    show({
      title: 'CAT National Bargaining Virtual Town Hall',
      description: 'Scan the QR code to register today!',
      timeZone: 'America/Los_Angeles',
      sessions: [
        { id: 'thu', start: inHours(50), end: inHours(52.5) },
        { id: 'fri', start: inHours(63) },
      ],
      registrationUrl: 'https://alliance.example/town-hall-2025',
      qr: true,
    }),
};
export const QrTooLong: Story = {
  name: 'Link too long for a QR code',
  render: () =>
    show({
      ...upcoming(),
      qr: true,
      registrationUrl: 'https://alliance.example/r?x=' + 'a'.repeat(3000),
    }),
};
export const ViewerInTokyo: Story = {
  name: 'Viewer in Tokyo (next day)',
  render: () => show(upcoming(), { zone: 'Asia/Tokyo' }),
};
export const OddOffsets: Story = {
  name: 'Etc/GMT+5 event, Kathmandu viewer',
  render: () =>
    show(
      { ...upcoming(), timeZone: 'Etc/GMT+5', sessions: [{ start: '2030-01-01T10:00' }] },
      { zone: 'Asia/Kathmandu' },
    ),
};
export const Spanish: Story = { render: () => show(upcoming(), { lang: 'es' }) };
export const LongText: Story = {
  render: () =>
    show({
      ...upcoming(),
      title:
        'National Bargaining Tele-Town Hall for every member of every local in the Alliance of Health Care Unions',
      description: 'A very long description. '.repeat(12),
      sessions: upcoming().sessions.map((s) => ({
        ...s,
        label: 'Session with a long name for members on the night shift',
      })),
    }),
};
export const FiftySessions: Story = {
  render: () =>
    show({
      ...upcoming(),
      deadline: undefined,
      sessions: Array.from({ length: 50 }, (_, i) => ({ start: inHours(24 + i * 3) })),
    }),
};
export const Empty: Story = {
  name: 'No sessions yet',
  render: () => show({ ...upcoming(), sessions: [] }),
};
export const Sidebar: Story = {
  name: '280 px sidebar',
  render: () =>
    html`<div class="sidebar">${show({ ...upcoming(), qr: true })}</div>
      <style>
        .sidebar {
          width: 280px;
        }
      </style>`,
};
/** No data yet and no fallback content: the calm "Loading…" line. */
export const Loading: Story = {
  render: () => html`<union-town-hall></union-town-hall>`,
};
/** What members see without JavaScript or data: the webmaster's link. */
export const Fallback: Story = {
  render: () =>
    html`<union-town-hall>
      <a href="https://actionnetwork.org/forms/register-alliance-oct-tth"
        >Register for the tele-town hall</a
      >
    </union-town-hall>`,
};
export const InvalidData: Story = {
  name: 'Error (unknown time zone, debug on)',
  render: () =>
    html`<union-town-hall debug .data=${{ ...oct2021, timeZone: 'Not/AZone' }}></union-town-hall>`,
};
export const UnsafeLink: Story = {
  name: 'javascript: registration link (reported, left out)',
  render: () =>
    html`<union-town-hall
      debug
      .data=${{ ...upcoming(), registrationUrl: 'javascript:alert(1)' }}
    ></union-town-hall>`,
};
