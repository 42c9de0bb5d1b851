//! The interface's own state: what is selected, which dialog is open, what is typed. It holds
//! no exercise state; that lives in [`crate::app::App`].

/// The steps of the decision dialog (Maßnahmen): action, target, function, reason, confirm.
/// An action that sets the recovery order has the order step in place of the target step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecideStep {
    Action,
    Target,
    Order,
    Function,
    Reason,
    Confirm,
}

/// An open dialog and what has been entered so far (indices into the lists the dialog shows).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Form {
    Decide {
        step: DecideStep,
        action: usize,
        /// The chosen target; in the order step, the highlighted row of the order list.
        target: usize,
        function: usize,
        reason: String,
        /// The recovery order so far, first first (indices into `app::order_items`).
        order: Vec<usize>,
    },
    /// A typed note (`kind` indexes `NoteKind::ALL`), linked to inject `inject` if opened on
    /// Einlagen; or a correction of entry `corrects`.
    Note {
        function: usize,
        text: String,
        corrects: Option<u32>,
        kind: usize,
        inject: Option<String>,
    },
    /// Control writes an ad-hoc inject: field 0 title, 1 sender, 2 receiver, 3 channel,
    /// 4 priority, 5 content (`channel` and `priority` index `input::CHANNELS` and
    /// `input::PRIORITIES`).
    AdHoc {
        field: usize,
        title: String,
        sender: String,
        receiver: usize,
        channel: usize,
        priority: usize,
        content: String,
    },
    /// An observer rates objective `objective` (verdict index into the four verdicts).
    Rate {
        objective: usize,
        verdict: usize,
        comment: String,
    },
    /// An observer writes an observation.
    Observe { text: String },
    /// The Lage page for the Lagevortrag: field 0 Lage, 1 Annahmen, 2 offene Fragen.
    Lage {
        field: usize,
        situation: String,
        assumptions: String,
        questions: String,
    },
    /// Control pauses the exercise and says why: one of the common reasons (`choice`), or
    /// `text` when typed. Time holds while this is open.
    Pause { choice: usize, text: String },
    /// The exercise's details, asked for at STARTEX: title, date, kind, lead, evaluators
    /// (comma-separated), contact.
    Meta { field: usize, values: [String; 6] },
}

/// The interface's state between frames.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ui {
    /// The selected row on the current screen.
    pub selected: usize,
    /// First visible row of long lists.
    pub scroll: usize,
    /// Einlagen: show only injects for this function (role id).
    pub filter: Option<String>,
    pub form: Option<Form>,
    /// A message for the status line (the outcome of the last action).
    pub message: Option<String>,
    /// Time runs by itself at this many exercise minutes per real second (0: stopped).
    pub speed: u32,
    /// Lagefilm: the tick the slider was moved to, not yet shown.
    pub seek: Option<u64>,
    /// The chain of reasons of the selected row is open in full (Lagebild, Maßnahmen).
    pub why: bool,
    /// A read-only view (`play --follow`): the screens say so and offer nothing to change.
    pub read_only: bool,
    /// The logbook entry with this number is open in full (Enter on the Einsatztagebuch; the
    /// Lageeinweisung after a phase jump).
    pub entry: Option<u32>,
    /// Steuerung: this inject (id) is open in full, planned or not (Enter).
    pub preview: Option<String>,
    /// The Lage page is open for reading (`L` for those who do not write it).
    pub lage: bool,
    /// The guided overlay of a new exercise, at this step.
    pub guide: Option<usize>,
}
