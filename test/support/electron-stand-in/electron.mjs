// A recording stand-in for the `electron` module, for running the built main process
// (out/main/index.js) under plain Node where no Electron runtime exists. It implements only
// what the glue calls, records what matters to the tests, and talks to the test over the
// fork IPC channel:
//   test → here: { type: 'invoke', id, method, payload } calls the registered ipcMain handler
//                as our window's main frame would; { type: 'answer-dialogs', responses } queues
//                the buttons the next dialogs are answered with (Cancel when none is queued).
//   here → test: { type: 'ready' } once the window is loading; { type: 'result', id, result };
//                { type: 'dialog', options, hasParent } for every dialog drawn.

const handlers = new Map();
const windows = [];
const dialogAnswers = [];
let nextId = 1;

const send = (message) => process.send?.(message);

function emitterStub() {
  return { on() {}, once() {}, off() {}, removeListener() {} };
}

export const app = {
  isPackaged: true,
  paths: new Map(),
  setPath(name, value) {
    this.paths.set(name, value);
  },
  getPath(name) {
    const value = this.paths.get(name);
    if (value === undefined) throw new Error(`stand-in app.getPath: ${name} was never set`);
    return value;
  },
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  on() {},
  quit() {},
};

export class BrowserWindow {
  static getAllWindows = () => [...windows];
  static getFocusedWindow = () => windows[0] ?? null;

  constructor(options) {
    this.options = options;
    const id = nextId++;
    this.webContents = { id, ...emitterStub(), send() {}, setWindowOpenHandler() {} };
    windows.push(this);
  }
  on() {}
  once() {}
  show() {}
  isMinimized = () => false;
  restore() {}
  focus() {}
  async loadURL(url) {
    this.url = url;
    send({ type: 'ready', url });
  }
}

export const ipcMain = {
  handle(channel, listener) {
    if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    handlers.set(channel, listener);
  },
};

export const protocol = { registerSchemesAsPrivileged() {}, handle() {} };

export const session = { defaultSession: { setPermissionRequestHandler() {}, setPermissionCheckHandler() {} } };

export const dialog = {
  async showMessageBox(windowOrOptions, maybeOptions) {
    const hasParent = maybeOptions !== undefined;
    const options = hasParent ? maybeOptions : windowOrOptions;
    send({ type: 'dialog', options, hasParent });
    const response = dialogAnswers.length > 0 ? dialogAnswers.shift() : (options.cancelId ?? 0);
    return { response, checkboxChecked: false };
  },
};

process.on('message', async (message) => {
  if (message.type === 'answer-dialogs') {
    dialogAnswers.push(...message.responses);
    return;
  }
  if (message.type !== 'invoke') return;
  const handler = handlers.get(`paybatch:${message.method}`);
  const window = windows[0];
  if (!handler || !window) {
    send({ type: 'result', id: message.id, result: { ok: false, error: { code: 'stand-in', message: `no handler or window for ${message.method}` } } });
    return;
  }
  const event = { sender: window.webContents, senderFrame: { url: window.url, parent: null } };
  send({ type: 'result', id: message.id, result: await handler(event, message.payload) });
});
