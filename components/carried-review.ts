"use client";
/**
 * The review a person typed in the box, carried to every page of this tab: the box writes
 * it to sessionStorage as they type, the course's widgets read it, and Back, "Back to the
 * review box" and the language switch find it again. sessionStorage stays in this browser
 * tab: nothing is sent anywhere.
 */
import { useEffect, useState } from "react";

const STORAGE_KEY = "lstm-review";

/** The carried review, or null when none was typed in this tab (or storage is blocked). */
export function readCarriedReview(): string | null {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled: the box still works, the review just does not travel
  }
}

export function writeCarriedReview(text: string): void {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, text);
  } catch {
    // storage full or disabled: nothing to carry, nothing to report
  }
}

/**
 * The carried review for a widget on a course page, read after mount so the server's HTML
 * and the first render agree; null while unknown or when there is none (or it is blank).
 */
export function useCarriedReview(): string | null {
  const [review, setReview] = useState<string | null>(null);
  useEffect(() => {
    const carried = readCarriedReview();
    setReview(carried !== null && carried.trim() !== "" ? carried : null);
  }, []);
  return review;
}
