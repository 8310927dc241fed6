import type { Locale } from './locale.ts';

/**
 * How a command with picked options is put to `qa`: as the question a learner would type. The
 * bot never interprets questions; it only words the buttons and options it offers, so that one
 * engine (qa) decides what to say for typed questions and clicks alike.
 */
export const QUESTIONS: Record<
  Locale,
  {
    whatIs: (name: string) => string;
    relatedTo: (name: string) => string;
    howRelated: (a: string, b: string) => string;
    draw: (topic: string) => string;
    lifecycle: () => string;
    transition: (from: string, to: string) => string;
    from: (state: string) => string;
    to: (state: string) => string;
  }
> = {
  vi: {
    whatIs: (name) => `${name} là gì?`,
    relatedTo: (name) => `${name} liên quan đến những gì?`,
    howRelated: (a, b) => `${a} và ${b} liên quan thế nào?`,
    draw: (topic) => `vẽ sơ đồ ${topic}`,
    lifecycle: () => 'vòng đời và các trạng thái của container',
    transition: (from, to) => `làm sao chuyển container từ trạng thái ${from} sang ${to}?`,
    from: (state) => `từ trạng thái ${state} container có thể chuyển sang đâu?`,
    to: (state) => `làm sao để container chuyển sang trạng thái ${state}?`,
  },
  en: {
    whatIs: (name) => `What is ${name}?`,
    relatedTo: (name) => `What is ${name} related to?`,
    howRelated: (a, b) => `How is ${a} related to ${b}?`,
    draw: (topic) => `draw ${topic}`,
    lifecycle: () => 'container lifecycle and states',
    transition: (from, to) => `How does a container go from ${from} to ${to}?`,
    from: (state) => `What states can a container go to from ${state}?`,
    to: (state) => `How does a container get to ${state}?`,
  },
};
