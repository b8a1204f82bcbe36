// Inline icons: decorative (aria-hidden); the button around each one carries its label.
import type { JSX } from 'preact';

function Icon(props: { size?: number; children: JSX.Element | JSX.Element[]; fill?: string }) {
  const size = props.size ?? 28;
  return (
    <svg class="icon" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false"
         fill={props.fill ?? 'currentColor'}>
      {props.children}
    </svg>
  );
}

export const HeartIcon = (p: { size?: number }) => (
  <Icon size={p.size}><path d="M12 21s-7.5-4.6-9.6-9.3C.9 8.3 3 4.5 6.7 4.5c2.1 0 3.6 1.1 4.3 2.4h2c.7-1.3 2.2-2.4 4.3-2.4 3.7 0 5.8 3.8 4.3 7.2C19.5 16.4 12 21 12 21z" /></Icon>
);
export const CommentIcon = (p: { size?: number }) => (
  <Icon size={p.size}><path d="M12 3C6.5 3 2 6.8 2 11.5c0 2.6 1.4 4.9 3.6 6.5L5 22l4.4-2.4c.8.2 1.7.3 2.6.3 5.5 0 10-3.8 10-8.5S17.5 3 12 3z" /></Icon>
);
export const BookmarkIcon = (p: { size?: number }) => (
  <Icon size={p.size}><path d="M6 2h12a1 1 0 0 1 1 1v19l-7-4.5L5 22V3a1 1 0 0 1 1-1z" /></Icon>
);
export const ShareIcon = (p: { size?: number }) => (
  <Icon size={p.size}><path d="M14 4l8 7.5-8 7.5v-4.6C8.5 14.4 5 16 2 20c1-5.6 4.3-10 12-11V4z" /></Icon>
);
export const MoreIcon = (p: { size?: number }) => (
  <Icon size={p.size}><circle cx="5" cy="12" r="2.2" /><circle cx="12" cy="12" r="2.2" /><circle cx="19" cy="12" r="2.2" /></Icon>
);
export const PlusIcon = (p: { size?: number }) => (
  <Icon size={p.size}><path d="M11 4h2v7h7v2h-7v7h-2v-7H4v-2h7z" /></Icon>
);
export const CheckIcon = (p: { size?: number }) => (
  <Icon size={p.size}><path d="M9.5 16.2 5.3 12l-1.4 1.4 5.6 5.6L20.1 8.4 18.7 7z" /></Icon>
);
export const MutedIcon = (p: { size?: number }) => (
  <Icon size={p.size}><path d="M3 9v6h4l5 4V5L7 9H3zm13.6 3 2.7-2.7-1.4-1.4-2.7 2.7-2.7-2.7-1.4 1.4 2.7 2.7-2.7 2.7 1.4 1.4 2.7-2.7 2.7 2.7 1.4-1.4z" /></Icon>
);
export const SoundIcon = (p: { size?: number }) => (
  <Icon size={p.size}><path d="M3 9v6h4l5 4V5L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z" /></Icon>
);
export const PlayIcon = (p: { size?: number }) => (
  <Icon size={p.size}><path d="M7 4.5v15l13-7.5z" /></Icon>
);
export const NoteIcon = (p: { size?: number }) => (
  <Icon size={p.size}><path d="M9 3v10.6A3.5 3.5 0 1 0 11 17V8h6V3z" /></Icon>
);
export const HomeIcon = (p: { size?: number }) => (
  <Icon size={p.size}><path d="M12 3 2 11h3v9h5v-6h4v6h5v-9h3z" /></Icon>
);
export const UserIcon = (p: { size?: number }) => (
  <Icon size={p.size}><path d="M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9zm0 2c-4.4 0-8 2.2-8 5v2h16v-2c0-2.8-3.6-5-8-5z" /></Icon>
);
export const CloseIcon = (p: { size?: number }) => (
  <Icon size={p.size}><path d="M18.3 5.7 12 12l6.3 6.3-1.4 1.4L10.6 13.4 4.3 19.7 2.9 18.3 9.2 12 2.9 5.7l1.4-1.4 6.3 6.3 6.3-6.3z" /></Icon>
);
export const BackIcon = (p: { size?: number }) => (
  <Icon size={p.size}><path d="M15.4 4.6 8 12l7.4 7.4-1.4 1.4L5.2 12 14 3.2z" /></Icon>
);
export const LockIcon = (p: { size?: number }) => (
  <Icon size={p.size}><path d="M7 10V7a5 5 0 0 1 10 0v3h1a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1V11a1 1 0 0 1 1-1h1zm2 0h6V7a3 3 0 0 0-6 0v3z" /></Icon>
);
export const SearchIcon = (p: { size?: number }) => (
  <Icon size={p.size}><path d="M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10z" /></Icon>
);
export const PauseIcon = (p: { size?: number }) => (
  <Icon size={p.size}><path d="M6 4h4v16H6zm8 0h4v16h-4z" /></Icon>
);
export const TrophyIcon = (p: { size?: number }) => (
  <Icon size={p.size}><path d="M7 3h10v2h3v3a4 4 0 0 1-4 4h-.3A5 5 0 0 1 13 14.9V18h3v2H8v-2h3v-3.1A5 5 0 0 1 8.3 12H8a4 4 0 0 1-4-4V5h3zm0 4H6v1a2 2 0 0 0 1 1.7zm10 0v2.7A2 2 0 0 0 18 8V7z" /></Icon>
);
