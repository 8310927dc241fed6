import { beforeAll, describe, expect, it } from 'vitest';
import { dockerStore } from './__tests__/docker-pack.ts';
import { createQa, type Qa } from './qa.ts';

describe('how to change or inspect a setup, which the notes never say', () => {
  let qa: Qa;
  beforeAll(async () => {
    qa = await createQa(await dockerStore());
  });

  it.each([
    ['làm sao đổi subnet mặc định của docker0 sang dải khác', 'đổi subnet mặc định'],
    ['How do I change the default subnet of docker0 to 10.0.0.0/16?', 'change default subnet'],
    ['How do I install Weave as a remote network driver plugin?', 'install Weave'],
    ['cach mount volume vao container', 'mount volume'],
    ['lam sao backup du lieu trong volume', 'backup du lieu'],
    ['xem IP của container bằng lệnh nào', 'xem IP'],
    ["how do I check a container's IP address?", "check container's IP address"],
    ['làm sao giảm dung lượng image cho nhỏ lại', 'giảm dung lượng image'],
    ['how do I clean up old images on the docker host?', 'clean up old images'],
    // A command named as when ("before I push") is not the task asked.
    ['How do I scan an image before I push it to the registry?', 'scan image'],
    ['Làm sao tự dựng một registry private cho công ty?', 'dựng một registry private'],
    ['How to back up a named volume to a tar file?', 'back up named volume'],
    // A goal stated ("muốn đổi …") asks how, whatever asks for what.
    ['Muốn đổi dải IP mặc định của docker0 sang dải khác thì sửa gì?', 'đổi dải IP mặc định'],
  ])('declines "%s", naming "%s"', async (question, named) => {
    const answer = await qa.ask(question);
    expect(answer.found).toBe(false);
    expect(answer.answer).toContain(`**${named}**`);
  });

  it.each([
    // Changes the notes do describe: a container moved between states, the changes of a container saved.
    'làm sao đổi container từ paused về running',
    'muốn lưu thay đổi của container thành image mới thì làm sao',
    // Said after what it reaches, which a part of the notes gives: macvlan.
    'Muốn container có địa chỉ MAC riêng trên mạng vật lý thì cấu hình thế nào?',
    // "cai" without diacritics is "cái" (thing) as often as "cài" (install).
    'lenh docker tu CLI toi daemon di qua cai j',
    // "come back up" is no backing up.
    'how can i make a container come back up by itself after it stops?',
    // A verb's noun: "the change".
    'How do I save the change I made in a container as an image?',
    // What a view of the notes shows (docker events), a diagram, and a thing the learner asks to be shown.
    'xem các sự kiện của container bằng lệnh gì',
    'làm sao xem sơ đồ vòng đời container',
    'cho mình xem các lệnh trong workflow cơ bản',
    // "xây dựng" (build) is no setting up.
    'làm sao xây dựng image từ Dockerfile',
    // A thing set by a flag the notes write out: `docker run --restart`, `docker network create --internal`.
    'cấu hình restart policy kiểu gì',
    'how do I configure an internal network?',
  ])('still answers "%s"', async (question) => {
    expect((await qa.ask(question)).found).toBe(true);
  });
});
