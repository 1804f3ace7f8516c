package org.omotenashi.concierge.agent.understanding;

/** The intent a message most likely has, with the classifier's confidence in it, from 0 to 1. */
public record IntentGuess(Intent intent, double confidence) {}
