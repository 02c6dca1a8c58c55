// A recording stand-in for the `electron` module, for running the built main process
// (out/main/index.js) under plain Node where no Electron runtime exists (the Electron binary
// cannot be downloaded on the machines this project is developed on). It implements only what
// the glue calls, records what the glue asks of Electron, and lets the test act as Electron
// would: as the window's frames sending IPC, as the user answering dialogs or clicking menu
// items, as Chromium asking for an app:// file, a navigation or a permission.
//
// test → here, over the fork IPC channel, each { type, id, ... } answered by { type: 'reply', id, value }:
//   invoke { method, payload, from? }  a registered ipcMain handler called as `from` would:
//                                      'window' (default: our window's main frame), 'subframe',
//                                      'other-origin', 'other-window'
//   answer-dialogs { responses }       buttons for the next message boxes (Cancel when none queued)
//   answer-file-dialogs { answers }    paths for the next open/save dialogs (null: cancelled)
//   click-menu { item }                the application menu's item with that id is clicked
//   fetch { url }                      the app:// protocol handler asked for `url`: { status, body }
//   navigate { url }                   our window asked to go to `url`: true when prevented
//   open-window { url }                window.open(url): the handler's answer
//   permission { permission }          a permission request: whether it was granted
//   close-window                       the user closes the window ('close', then 'closed')
//   record                             everything recorded so far (JSON)
// here → test: { type: 'ready', url } once the window is loading; { type: 'dialog', options,
//   hasParent } for every message box drawn (the confirm-dialog tests read these as they come).

const handled = new Map();
const windows = [];
const dialogAnswers = [];
const fileAnswers = [];
const appListeners = new Map();
let protocolHandler = null;
let permissionHandler = null;
let nextId = 1;

const recorded = { schemes: [], handledChannels: [], windows: [], menus: [], dialogs: [], errorBoxes: [], sent: [], openedPaths: [], printed: [], handleCalls: 0 };

const send = (message) => process.send?.(message);

const emitter = () => {
  const listeners = new Map();
  return {
    listeners,
    on(name, listener) {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      return this;
    },
    once(name, listener) {
      return this.on(name, listener);
    },
    off() {},
    removeListener() {},
    emit(name, ...args) {
      for (const listener of listeners.get(name) ?? []) listener(...args);
    },
  };
};

export const app = {
  isPackaged: true,
  paths: new Map([['documents', process.env['PAYBATCH_STAND_IN_DOCUMENTS'] ?? process.cwd()]]),
  setPath(name, value) {
    this.paths.set(name, value);
  },
  getPath(name) {
    const value = this.paths.get(name);
    if (value === undefined) throw new Error(`stand-in app.getPath: ${name} was never set`);
    return value;
  },
  getLocale: () => process.env['PAYBATCH_STAND_IN_LOCALE'] ?? 'en-US',
  getVersion: () => process.env['PAYBATCH_STAND_IN_VERSION'] ?? '0.0.0',
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  on(name, listener) {
    appListeners.set(name, [...(appListeners.get(name) ?? []), listener]);
  },
  once(name, listener) {
    app.on(name, listener);
  },
  quit() {},
};

export class BrowserWindow {
  static getAllWindows = () => windows.filter((w) => !w.destroyed);
  static getFocusedWindow = () => BrowserWindow.getAllWindows()[0] ?? null;
  static fromWebContents = (contents) => windows.find((w) => w.webContents === contents) ?? null;

  constructor(options) {
    this.options = options;
    this.maximized = false;
    this.events = emitter();
    const contents = emitter();
    this.webContents = Object.assign(contents, {
      id: nextId++,
      send(channel, payload) {
        recorded.sent.push({ channel, payload });
      },
      setWindowOpenHandler(handler) {
        contents.windowOpenHandler = handler;
      },
      async printToPDF(printOptions) {
        recorded.printed.push(printOptions);
        return Buffer.from('%PDF-1.7\n% stand-in: Chromium would print the page here\n');
      },
    });
    windows.push(this);
    this.record = { options: this.options, maximized: false };
    recorded.windows.push(this.record);
  }
  on(name, listener) {
    this.events.on(name, listener);
  }
  once(name, listener) {
    this.events.on(name, listener);
  }
  show() {}
  maximize() {
    this.maximized = true;
    this.record.maximized = true;
  }
  isMaximized = () => this.maximized;
  getNormalBounds() {
    const { x = 0, y = 0, width, height } = this.options;
    return { x, y, width, height };
  }
  isMinimized = () => false;
  restore() {}
  focus() {}
  async loadURL(url) {
    this.url = url;
    this.record.url = url;
    this.events.emit('ready-to-show');
    send({ type: 'ready', url });
  }
}

export const ipcMain = {
  handle(channel, listener) {
    if (handled.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    handled.set(channel, listener);
    recorded.handledChannels.push(channel);
  },
  // Recorded as a failure: the glue answers every call through handle(), never a one-way on().
  on(channel) {
    recorded.handledChannels.push(`on:${channel}`);
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    recorded.schemes.push(...schemes);
  },
  handle(scheme, handler) {
    recorded.schemes.push({ handled: scheme });
    protocolHandler = handler;
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler) {
      permissionHandler = handler;
    },
    setPermissionCheckHandler() {},
  },
};

const displays = () => JSON.parse(process.env['PAYBATCH_STAND_IN_DISPLAYS'] ?? '[{"workArea":{"x":0,"y":0,"width":1920,"height":1040}}]');

export const screen = {
  getAllDisplays: displays,
  getPrimaryDisplay: () => displays()[0],
};

export const shell = {
  async openPath(path) {
    recorded.openedPaths.push(path);
    return '';
  },
};

/** A menu keeps its template; what is recorded has its functions replaced by `click: true`. */
export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu(menu) {
    Menu.current = menu;
    recorded.menus.push(JSON.parse(JSON.stringify(menu.template, (key, value) => (typeof value === 'function' ? true : value))));
  },
  current: null,
};

function findItem(items, id) {
  for (const item of items ?? []) {
    if (item.id === id) return item;
    const inner = findItem(Array.isArray(item.submenu) ? item.submenu : [], id);
    if (inner) return inner;
  }
  return null;
}

function drawn(kind, windowOrOptions, maybeOptions) {
  const hasParent = maybeOptions !== undefined;
  const options = hasParent ? maybeOptions : windowOrOptions;
  recorded.dialogs.push({ kind, options, hasParent });
  return options;
}

export const dialog = {
  async showMessageBox(windowOrOptions, maybeOptions) {
    const options = drawn('message', windowOrOptions, maybeOptions);
    send({ type: 'dialog', options, hasParent: maybeOptions !== undefined });
    const response = dialogAnswers.length > 0 ? dialogAnswers.shift() : (options.cancelId ?? 0);
    return { response, checkboxChecked: false };
  },
  showMessageBoxSync(windowOrOptions, maybeOptions) {
    const options = drawn('message', windowOrOptions, maybeOptions);
    return dialogAnswers.length > 0 ? dialogAnswers.shift() : (options.cancelId ?? 0);
  },
  async showOpenDialog(windowOrOptions, maybeOptions) {
    drawn('open', windowOrOptions, maybeOptions);
    const path = fileAnswers.length > 0 ? fileAnswers.shift() : null;
    return path === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [path] };
  },
  async showSaveDialog(windowOrOptions, maybeOptions) {
    drawn('save', windowOrOptions, maybeOptions);
    const path = fileAnswers.length > 0 ? fileAnswers.shift() : null;
    return path === null ? { canceled: true } : { canceled: false, filePath: path };
  },
  showErrorBox(title, content) {
    recorded.errorBoxes.push({ title, content });
  },
};

/** The IPC event Electron would pass for a message from `from`. */
function eventFrom(from, window) {
  const url = from === 'other-origin' ? 'https://example.com/' : window.url;
  const sender = from === 'other-window' ? { id: 9_999 } : window.webContents;
  const parent = from === 'subframe' ? { url: window.url } : null;
  return { sender, senderFrame: { url, parent } };
}

const commands = {
  async invoke({ method, payload, from = 'window' }) {
    const handler = handled.get(`paybatch:${method}`);
    const window = windows[0];
    if (!handler || !window) return { ok: false, error: { code: 'stand-in', message: `no handler or window for ${method}` } };
    recorded.handleCalls += 1;
    return handler(eventFrom(from, window), payload);
  },
  'answer-dialogs': ({ responses }) => void dialogAnswers.push(...responses),
  'answer-file-dialogs': ({ answers }) => void fileAnswers.push(...answers),
  'click-menu': ({ item: id }) => {
    const item = findItem(Menu.current?.template, id);
    if (!item?.click) return false;
    item.click();
    return true;
  },
  async fetch({ url }) {
    const response = await protocolHandler(new Request(url));
    return { status: response.status, body: (await response.text()).slice(0, 2_000), headers: Object.fromEntries(response.headers) };
  },
  navigate({ url }) {
    let prevented = false;
    windows[0].webContents.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
    return prevented;
  },
  'open-window': ({ url }) => windows[0].webContents.windowOpenHandler({ url }),
  permission: ({ permission }) =>
    new Promise((resolve) => {
      permissionHandler(windows[0].webContents, permission, resolve);
    }),
  'close-window': () => {
    const window = windows[0];
    window.events.emit('close', { preventDefault() {} });
    window.destroyed = true;
    window.events.emit('closed');
    return true;
  },
  record: () => recorded,
};

process.on('message', async (message) => {
  const command = commands[message.type];
  if (!command) return;
  try {
    const value = await command(message);
    send(message.type === 'invoke' ? { type: 'result', id: message.id, result: value } : { type: 'reply', id: message.id, value });
  } catch (error) {
    send({ type: 'failed', id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
