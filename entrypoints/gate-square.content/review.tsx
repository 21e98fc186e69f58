import { Component, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { ContestReview, type ContestReviewProps } from '../../components/ContestReview';
import { registerMessages } from '../../lib/i18n';
import { REVIEW_MESSAGES } from '../../lib/i18n/messages/review';
import { RULE_MESSAGES } from '../../lib/i18n/messages/rules';
import type { MountReview } from './review-module';

/** A throw while drawing the review ends the review alone, and the panel is told. */
class ReviewBoundary extends Component<{ onError: (error: unknown) => void; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  componentDidCatch(error: unknown): void {
    this.props.onError(error);
  }
  render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

/**
 * The review of a contest a post's page announces ("Track this contest"), drawn by the review
 * module (entrypoints/gate-square-review) into the element the panel's track offer gives it. This
 * bundle has its own renderer and message tables: the review's own, and the rules' (screenshot
 * kinds, the changes a replacement makes), as the panel had them.
 */
export const mountReview: MountReview = (container, props, onError) => {
  registerMessages(RULE_MESSAGES);
  registerMessages(REVIEW_MESSAGES);
  const root = createRoot(container);
  const draw = (next: ContestReviewProps) =>
    root.render(
      <ReviewBoundary onError={onError}>
        <ContestReview {...next} />
      </ReviewBoundary>,
    );
  draw(props);
  return { update: draw, unmount: () => root.unmount() };
};
