// The "Union widget" block in the editor: plain JavaScript on WordPress's `wp.*` globals (no build
// step). One block, five inserter entries (variations), a live preview with the real element, and
// the data chosen as a campaign file, an address or JSON in the block, checked with the library's
// own checker (js/campaign-check.js). The block saves only attributes; PHP renders it
// (includes/render.php), so it works for every role that can publish.
(function (wp, config) {
  const { registerBlockType } = wp.blocks;
  const { createElement: el, Fragment, useEffect, useRef, useState } = wp.element;
  const { useBlockProps, InspectorControls, PanelColorSettings } = wp.blockEditor;
  const {
    Disabled,
    FormFileUpload,
    Notice,
    PanelBody,
    Placeholder,
    RadioControl,
    SelectControl,
    Spinner,
    TextControl,
    TextareaControl,
  } = wp.components;
  const { __, sprintf } = wp.i18n;
  const apiFetch = wp.apiFetch;

  const WIDGETS = [
    {
      name: 'vote-tally',
      title: __('Vote tally', 'union-widgets'),
      description: __('How the strike vote (or any vote) went, per union.', 'union-widgets'),
      icon: 'chart-bar',
    },
    {
      name: 'action-checklist',
      title: __('Action checklist', 'union-widgets'),
      description: __('The actions members can take, ticked off on their device.', 'union-widgets'),
      icon: 'yes-alt',
    },
    {
      name: 'town-hall',
      title: __('Town hall', 'union-widgets'),
      description: __(
        'A town hall’s sessions in the reader’s time, with registration.',
        'union-widgets',
      ),
      icon: 'calendar-alt',
    },
    {
      name: 'petition-counter',
      title: __('Petition counter', 'union-widgets'),
      description: __('Signatures toward a goal, live, with share buttons.', 'union-widgets'),
      icon: 'groups',
    },
    {
      name: 'ta-list',
      title: __('Tentative agreements', 'union-widgets'),
      description: __('Tentative agreements reached, by bargaining subgroup.', 'union-widgets'),
      icon: 'list-view',
    },
  ];
  const KEYS = {
    'vote-tally': 'voteTally',
    'action-checklist': 'actionChecklist',
    'town-hall': 'townHall',
    'petition-counter': 'petition',
    'ta-list': 'taList',
  };

  // Text attributes are stored with &, < and > as entities: WordPress runs block attributes
  // through kses when an Author saves, which would turn a raw & into &amp; and drop text after a
  // raw <. Entities pass kses untouched; PHP's union_widgets_stored_text() reads them back.
  const CODES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
  const TEXT = { amp: '&', lt: '<', gt: '>' };
  const toStored = (s) => String(s).replace(/[&<>]/g, (c) => CODES[c]);
  const fromStored = (s) => String(s || '').replace(/&(amp|lt|gt);/g, (_, name) => TEXT[name]);

  let checker;
  /** The checker module (it imports lib/schemas.js), loaded once. */
  function useChecker() {
    const [mod, setMod] = useState(null);
    useEffect(() => {
      checker ??= import(config.checker);
      let live = true;
      checker.then((m) => live && setMod(m)).catch(() => {});
      return () => {
        live = false;
      };
    }, []);
    return mod;
  }

  /** The campaign files of the media library, from the plugin's REST route. */
  function useCampaigns() {
    const [files, setFiles] = useState(null);
    useEffect(() => {
      let live = true;
      apiFetch({ path: '/union-widgets/v1/campaigns' })
        .then((list) => live && setFiles(list))
        .catch(() => live && setFiles([]));
      return () => {
        live = false;
      };
    }, []);
    return [files, setFiles];
  }

  /** A campaign file's document, read as the widget will read it (for its parts and a check). */
  function useDocument(file) {
    const [state, setState] = useState({});
    const key = file ? `${file.url}@${file.modified}` : '';
    useEffect(() => {
      if (!file) {
        setState({});
        return undefined;
      }
      let live = true;
      fetch(file.url, { credentials: 'omit' })
        .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
        .then((doc) => live && setState({ doc }))
        .catch((e) => live && setState({ error: e.message }));
      return () => {
        live = false;
      };
    }, [key]);
    return state;
  }

  /**
   * `value` once it has stopped changing for `ms`: the preview follows what is typed without
   * building a widget (and fetching a half-typed address) on every keystroke.
   */
  function useSettled(value, ms = 700) {
    const [settled, setSettled] = useState(value);
    useEffect(() => {
      const timer = setTimeout(() => setSettled(value), ms);
      return () => clearTimeout(timer);
    }, [value]);
    return settled;
  }

  const isWebAddress = (s) => {
    try {
      return /^https?:$/.test(new URL(s).protocol);
    } catch {
      return false;
    }
  };

  /** Loads the library into the document the block is drawn in (the editor may be an iframe). */
  function loadLibrary(doc) {
    if (doc.getElementById('union-widgets-editor-library')) return;
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = config.library;
    script.id = 'union-widgets-editor-library';
    doc.head.append(script);
  }

  /** The real element, built as the page will have it (with `debug`, so problems show). */
  function Preview({ widget, src, data, source, lang, colours }) {
    const ref = useRef(null);
    useEffect(() => {
      const host = ref.current;
      if (!host) return undefined;
      const doc = host.ownerDocument;
      loadLibrary(doc);
      const element = doc.createElement(`union-${widget}`);
      element.setAttribute('debug', '');
      if (src) element.setAttribute('src', src);
      if (source) element.setAttribute('source', source);
      if (lang) element.setAttribute('lang', lang);
      for (const [name, value] of Object.entries(colours)) {
        if (value) element.style.setProperty(name, value);
      }
      if (data) {
        const script = doc.createElement('script');
        script.type = 'application/json';
        script.textContent = data;
        element.append(script);
      }
      host.replaceChildren(element);
      return () => element.remove();
    }, [widget, src, data, source, lang, ...Object.values(colours)]);
    return el(Disabled, null, el('div', { ref, className: 'union-widgets-preview' }));
  }

  /** Errors and warnings, one line each ("path: message"). */
  function Problems({ errors, warnings, title }) {
    const list = (lines) =>
      el(
        'ul',
        null,
        lines.map((line, i) => el('li', { key: i }, line)),
      );
    return el(
      Fragment,
      null,
      errors.length > 0 &&
        el(
          Notice,
          { status: 'error', isDismissible: false, className: 'union-widgets-problems' },
          title && el('p', null, title),
          list(errors),
        ),
      warnings.length > 0 &&
        el(
          Notice,
          { status: 'warning', isDismissible: false, className: 'union-widgets-warnings' },
          list(warnings),
        ),
    );
  }

  const pointer = (key) => `#/${encodeURIComponent(key.replace(/~/g, '~0').replace(/\//g, '~1'))}`;

  /** Picking, uploading and checking a campaign file. */
  function FileControls({ a, set, files, setFiles, upload, setUpload }) {
    const check = useChecker();
    const chosen = (files || []).find((f) => f.id === a.fileId);
    const part = a.part || KEYS[a.widget];

    async function onUpload(event) {
      const file = event.target.files && event.target.files[0];
      event.target.value = '';
      if (!file || !check) return;
      const text = await file.text();
      const found = check.checkCampaign(text, file.name, file.size);
      if (found.errors.length) {
        return setUpload({ errors: found.errors, warnings: found.warnings, refused: file.name });
      }
      setUpload({ busy: true, errors: [], warnings: found.warnings });
      const body = new FormData();
      body.append('file', file, file.name);
      try {
        const item = await apiFetch({ path: '/union-widgets/v1/campaigns', method: 'POST', body });
        setFiles([item, ...(files || []).filter((f) => f.id !== item.id)]);
        set({ fileId: item.id });
        setUpload({
          errors: [],
          warnings: found.warnings,
          done: sprintf(__('Uploaded %s.', 'union-widgets'), item.file),
        });
      } catch (e) {
        const lines = String((e && e.message) || e).split('\n');
        setUpload({
          errors: lines.slice(1).length ? lines.slice(1) : lines,
          warnings: [],
          refused: file.name,
        });
      }
    }

    const options = [
      { label: __('— Choose a campaign file —', 'union-widgets'), value: '0' },
    ].concat((files || []).map((f) => ({ label: `${f.title} (${f.file})`, value: String(f.id) })));
    const parts = chosen ? chosen.parts.filter((p) => p !== '$comment') : [];
    return el(
      Fragment,
      null,
      files === null
        ? el(Spinner)
        : el(SelectControl, {
            label: __('Campaign file', 'union-widgets'),
            value: String(a.fileId || 0),
            options,
            onChange: (v) => set({ fileId: Number(v) }),
          }),
      chosen &&
        el(SelectControl, {
          label: __('Part of the file', 'union-widgets'),
          value: part,
          options: (parts.includes(part) ? parts : [part, ...parts]).map((p) => ({
            label: p,
            value: p,
          })),
          onChange: (v) => set({ part: v === KEYS[a.widget] ? '' : v }),
        }),
      config.canUpload &&
        el(
          FormFileUpload,
          {
            accept: '.json,application/json',
            onChange: onUpload,
            variant: 'secondary',
            className: 'union-widgets-upload',
            disabled: !check || upload.busy,
          },
          __('Upload a campaign file', 'union-widgets'),
        ),
      upload.busy && el(Spinner),
      upload.done && el(Notice, { status: 'success', isDismissible: false }, upload.done),
      el(Problems, {
        errors: upload.errors || [],
        warnings: upload.warnings || [],
        title:
          upload.refused && sprintf(__('%s was not uploaded:', 'union-widgets'), upload.refused),
      }),
    );
  }

  /** The three ways to give a widget its data. */
  function DataControls(props) {
    const { a, set } = props;
    return el(
      Fragment,
      null,
      el(RadioControl, {
        label: __('Data', 'union-widgets'),
        selected: a.dataSource,
        options: [
          { label: __('A campaign file from the media library', 'union-widgets'), value: 'file' },
          { label: __('An address (URL)', 'union-widgets'), value: 'url' },
          { label: __('Data in this block (JSON)', 'union-widgets'), value: 'inline' },
        ],
        onChange: (v) => set({ dataSource: v }),
      }),
      a.dataSource === 'file' && el(FileControls, props),
      a.dataSource === 'url' &&
        el(TextControl, {
          label: __('Address of the data', 'union-widgets'),
          className: 'union-widgets-url',
          help: __(
            'An http(s) address of a JSON file; #/townHall after it picks one part of a campaign file.',
            'union-widgets',
          ),
          type: 'url',
          value: a.url,
          onChange: (v) => set({ url: v }),
        }),
      a.dataSource === 'inline' &&
        el(TextareaControl, {
          label: __('JSON data', 'union-widgets'),
          className: 'union-widgets-json',
          rows: 10,
          value: a.data,
          onChange: (v) => set({ data: v }),
        }),
    );
  }

  /** What is wrong with the data chosen, as `union-widgets validate` would say it. */
  function useDataProblems(a, chosen) {
    const check = useChecker();
    const { doc, error } = useDocument(a.dataSource === 'file' ? chosen : null);
    const none = { errors: [], warnings: [] };
    if (a.dataSource === 'inline')
      return a.data.trim() && check ? check.checkData(a.widget, a.data) : none;
    if (a.dataSource === 'url') {
      if (!a.url) return none;
      return isWebAddress(a.url)
        ? none
        : {
            errors: [__('The data address must start with http:// or https://.', 'union-widgets')],
            warnings: [],
          };
    }
    if (error) return { errors: [`${chosen.file}: ${error}`], warnings: [] };
    return doc && check ? check.checkPart(a.widget, doc, a.part || KEYS[a.widget]) : none;
  }

  function Edit({ attributes, setAttributes }) {
    // Attributes as the person typed them (see toStored).
    const a = {
      ...attributes,
      url: fromStored(attributes.url),
      data: fromStored(attributes.data),
      part: fromStored(attributes.part),
      source: fromStored(attributes.source),
      linkUrl: fromStored(attributes.linkUrl),
      linkText: fromStored(attributes.linkText),
    };
    const set = (changes) => {
      const stored = {};
      for (const [name, value] of Object.entries(changes))
        stored[name] = typeof value === 'string' ? toStored(value) : value;
      setAttributes(stored);
    };
    const [files, setFiles] = useCampaigns();
    const [upload, setUpload] = useState({});
    const chosen = (files || []).find((f) => f.id === a.fileId);
    const found = useDataProblems(a, chosen);
    const widget = WIDGETS.find((w) => w.name === a.widget) || WIDGETS[2];
    const address = useSettled(a.dataSource === 'url' && isWebAddress(a.url) ? a.url : '');
    const src =
      a.dataSource === 'file' && chosen
        ? chosen.url + pointer(a.part || KEYS[a.widget])
        : a.dataSource === 'url'
          ? address
          : '';
    const data = useSettled(a.dataSource === 'inline' ? a.data : '');
    const shared = { a, set, files, setFiles, upload, setUpload };
    const colour = (name, label) => ({
      label,
      value: a[name] || undefined,
      onChange: (v) => set({ [name]: v || '' }),
    });

    const inspector = el(
      InspectorControls,
      null,
      el(
        PanelBody,
        { title: __('Widget', 'union-widgets') },
        el(SelectControl, {
          label: __('Widget', 'union-widgets'),
          value: a.widget,
          options: WIDGETS.map((w) => ({ label: w.title, value: w.name })),
          onChange: (v) => set({ widget: v }),
        }),
        el(DataControls, shared),
        el(Problems, found),
      ),
      el(
        PanelBody,
        { title: __('Link for members without JavaScript', 'union-widgets'), initialOpen: false },
        el(TextControl, {
          label: __('Link address', 'union-widgets'),
          help: __(
            'Shown before the widget loads and whenever its data cannot be shown. Empty: the link in the data (the petition, the registration).',
            'union-widgets',
          ),
          type: 'url',
          value: a.linkUrl,
          onChange: (v) => set({ linkUrl: v }),
        }),
        el(TextControl, {
          label: __('Link text', 'union-widgets'),
          value: a.linkText,
          onChange: (v) => set({ linkText: v }),
        }),
      ),
      el(
        PanelBody,
        { title: __('Display', 'union-widgets'), initialOpen: false },
        el(SelectControl, {
          label: __('Language', 'union-widgets'),
          value: a.lang,
          options: [
            { label: __('The page’s language', 'union-widgets'), value: '' },
            // The languages the library ships (src/internal/languages.ts), in their own names.
            { label: 'English', value: 'en' },
            { label: 'Español', value: 'es' },
            { label: 'Tagalog', value: 'tl' },
            { label: '简体中文', value: 'zh-Hans' },
            { label: '繁體中文', value: 'zh-Hant' },
            { label: 'Tiếng Việt', value: 'vi' },
            { label: '한국어', value: 'ko' },
          ],
          onChange: (v) => set({ lang: v }),
        }),
        el(TextControl, {
          label: __('Source (attribution)', 'union-widgets'),
          help: __('Added as ?source= to every action link, e.g. UFCW7.', 'union-widgets'),
          value: a.source,
          onChange: (v) => set({ source: v }),
        }),
        el(TextControl, {
          label: __('Refresh every (seconds)', 'union-widgets'),
          help: __(
            'Fetch the data again while the page is open: 0 for never, or 10 to 3600.',
            'union-widgets',
          ),
          type: 'number',
          min: 0,
          max: 3600,
          value: String(a.refresh || 0),
          onChange: (v) => set({ refresh: Math.max(0, Math.min(3600, parseInt(v, 10) || 0)) }),
        }),
      ),
      el(PanelColorSettings, {
        title: __('Colours', 'union-widgets'),
        initialOpen: false,
        colorSettings: [
          colour('accent', __('Accent (buttons, bars)', 'union-widgets')),
          colour('textColour', __('Text', 'union-widgets')),
          colour('surface', __('Background', 'union-widgets')),
        ],
      }),
    );

    const ready = src || data;
    const canvas = ready
      ? el(Preview, {
          widget: a.widget,
          src,
          data,
          source: a.source,
          lang: a.lang,
          colours: {
            '--union-accent': a.accent,
            '--union-text': a.textColour,
            '--union-surface': a.surface,
          },
        })
      : el(
          Placeholder,
          {
            icon: widget.icon,
            label: widget.title,
            instructions: __(
              'Choose the data: a campaign file from the media library, an address, or JSON in the block.',
              'union-widgets',
            ),
          },
          el(
            'div',
            { className: 'union-widgets-placeholder' },
            el(DataControls, shared),
            el(Problems, found),
          ),
        );
    return el(Fragment, null, inspector, el('div', useBlockProps(), canvas));
  }

  registerBlockType('union-widgets/widget', {
    edit: Edit,
    save: () => null,
    variations: WIDGETS.map((w) => ({
      name: w.name,
      title: w.title,
      description: w.description,
      icon: w.icon,
      attributes: { widget: w.name },
      isDefault: w.name === 'town-hall',
      scope: ['inserter', 'transform'],
      isActive: (attributes) => attributes.widget === w.name,
    })),
  });
})(window.wp, window.unionWidgetsEditor);
