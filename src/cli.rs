//! Command-line interface: argument parsing and the headless commands. Without a subcommand
//! cray opens the TUI.
//!
//! This is the only module that prints to stdout and stderr.

use std::io::{self, BufRead as _, IsTerminal as _, Write as _};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context as _, bail};
use clap::{Args, Parser, Subcommand, ValueEnum};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use crate::i18n::{Lang, Localizer};
use crate::keys::Prompt;
use crate::model::{
    CheckId, Dataset, Finding, Severity, Status, TenantName, TriageDecision, TriageStatus,
};
use crate::paths::Paths;
use crate::report::ReportFormat;
use crate::tenant::{Cloud, EndpointOverrides, Tenant};
use crate::workspace::Workspace;
use zeroize::Zeroizing;

mod auth;
mod checks;
mod diff;
mod lifecycle;
mod output;
mod progress;
mod simulate;
mod stats;

/// cray: assess Microsoft 365 and Entra ID tenants from the terminal.
#[derive(Debug, Parser)]
#[command(name = "cray", version, about, long_about = None)]
pub struct Cli {
    /// Keep all of cray's files (data, config, logs) under this directory.
    #[arg(long, global = true, env = "CRAY_HOME", value_name = "DIR")]
    pub home: Option<PathBuf>,

    /// Language of the TUI, the report and printed finding titles: en-US or de-DE (default:
    /// the system locale when it is German or English, else en-US).
    #[arg(long, global = true, env = "CRAY_LANG", value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<Lang>,

    /// Command to run; without one, cray opens the TUI.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Register the built-in demo tenant and open the TUI on it.
    Demo {
        /// Collect the demo tenant, print its results and exit instead of opening the TUI.
        #[arg(long)]
        no_tui: bool,
    },
    /// Manage registered tenants.
    #[command(subcommand)]
    Tenant(TenantCommand),
    /// Collect a tenant's configuration and evaluate the checks.
    Collect {
        /// Tenant short name.
        tenant: String,
        /// Continue the newest interrupted assessment after its last stored page instead of
        /// starting a new one.
        #[arg(long)]
        resume: bool,
    },
    /// Make an assessment of a registered tenant from a folder of saved Graph and Exchange
    /// responses (see docs/IMPORT.md) and evaluate the checks.
    Import {
        /// Tenant short name.
        tenant: String,
        /// Folder with the saved responses.
        dir: PathBuf,
    },
    /// Print the findings of a tenant's newest assessment.
    Findings {
        /// Tenant short name.
        tenant: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        /// Include passed and not assessable checks, not only failures.
        #[arg(long)]
        all: bool,
    },
    /// Write the report of a tenant's newest assessment in the language of --lang.
    Report {
        /// Tenant short name.
        tenant: String,
        /// Output file; an existing file is replaced only when the new one is complete.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Output format (default: taken from the extension of --out, else pdf).
        #[arg(long, value_enum)]
        format: Option<ReportFormatArg>,
        /// Consultant name printed on the cover (default: `consultant` in the [report] table
        /// of config.toml).
        #[arg(long, value_name = "NAME")]
        consultant: Option<String>,
    },
    /// Record a triage decision on a check; it carries into later assessments.
    Triage {
        /// Tenant short name.
        tenant: String,
        /// Check id, for example CRAY-ENTRA-001.
        check_id: String,
        /// Decision.
        #[arg(long, value_enum)]
        status: TriageArg,
        /// Reason for the decision; required for accepted-risk and false-positive.
        #[arg(long, default_value = "")]
        note: String,
        /// Last day the decision holds, as YYYY-MM-DD; the finding reopens after it. Required
        /// for accepted-risk.
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        expires: Option<time::Date>,
    },
    /// Delete a tenant and everything cray stored about it. There is no undo.
    Purge {
        /// Tenant short name.
        tenant: String,
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
    },
    /// List or delete a tenant's assessments.
    #[command(subcommand)]
    Assessment(AssessmentCommand),
    /// Show the check catalogue.
    #[command(subcommand)]
    Checks(ChecksCommand),
    /// Check key storage, file permissions and the health of every tenant store; exit code
    /// 1 when something is wrong.
    Doctor,
    /// Print the anonymized statistics: per check, how many assessments failed it.
    Stats {
        /// Output format.
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
    /// Serve the demo tenant or a generated one over HTTP (Graph, Exchange and OAuth) until
    /// Ctrl-C.
    Simulate(simulate::SimulateArgs),
}

/// Check catalogue commands.
#[derive(Debug, Subcommand)]
pub enum ChecksCommand {
    /// List every check with its topic, severity, risk, effort, datasets, permissions,
    /// licence and references. JSON adds the texts: in the language of --lang (or
    /// CRAY_LANG), or in every shipped language when neither is given.
    List {
        /// Output format.
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
}

/// Tenant registry commands.
#[derive(Debug, Subcommand)]
pub enum TenantCommand {
    /// Register a customer tenant.
    Add(Box<AddTenant>),
    /// List registered tenants.
    List {
        /// Output format.
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
    /// Change a registered tenant's cloud, endpoints, client id or credential.
    Edit(Box<EditTenant>),
    /// Sign in and show, per dataset, whether the app's permissions allow reading it; exit
    /// code 1 when a permission is missing. Reads and stores nothing.
    Check {
        /// Tenant short name.
        tenant: String,
    },
    /// Unregister a tenant; its stored data stays until `cray purge`.
    Remove {
        /// Tenant short name.
        tenant: String,
    },
}

/// Assessment commands.
#[derive(Debug, Subcommand)]
pub enum AssessmentCommand {
    /// List a tenant's assessments, oldest first.
    List {
        /// Tenant short name.
        tenant: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
    /// Delete one assessment with its datasets, results and exported reports. There is no
    /// undo.
    Delete {
        /// Tenant short name.
        tenant: String,
        /// Assessment id, or its first characters (at least 4).
        id: String,
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
    },
    /// Show what changed between two assessments: new, resolved and changed findings, in
    /// the language of --lang.
    Diff {
        /// Tenant short name.
        tenant: String,
        /// Older assessment id, or its first characters (at least 4); with NEW_ID. Without
        /// both, the two newest evaluated assessments are compared.
        #[arg(requires = "new_id")]
        old_id: Option<String>,
        /// Newer assessment id, or its first characters (at least 4).
        new_id: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
}

/// Options of `cray tenant add`.
#[derive(Debug, Args)]
pub struct AddTenant {
    /// Short name: lowercase letters, digits and hyphens, for example `contoso`.
    #[arg(long)]
    pub name: String,
    /// Customer name as shown in the TUI and the report.
    #[arg(long)]
    pub display_name: String,
    /// Entra tenant id (GUID).
    #[arg(long)]
    pub tenant_id: String,
    /// Application (client) id of the app registration (GUID).
    #[arg(long)]
    pub client_id: String,
    /// How the app registration signs in.
    #[command(flatten)]
    pub credential: auth::CredentialArgs,
    /// Microsoft cloud of the tenant.
    #[arg(long, value_enum, default_value_t = CloudArg::Global)]
    pub cloud: CloudArg,
    /// Login base URL replacing the cloud's default.
    #[arg(long, value_name = "URL")]
    pub login_url: Option<String>,
    /// Graph base URL replacing the cloud's default.
    #[arg(long, value_name = "URL")]
    pub graph_url: Option<String>,
    /// Exchange base URL replacing the cloud's default.
    #[arg(long, value_name = "URL")]
    pub exchange_url: Option<String>,
}

/// Options of `cray tenant edit`; only the options given change.
#[derive(Debug, Args)]
pub struct EditTenant {
    /// Tenant short name.
    pub tenant: String,
    /// Customer name as shown in the TUI and the report.
    #[arg(long)]
    pub display_name: Option<String>,
    /// Application (client) id of the app registration (GUID).
    #[arg(long)]
    pub client_id: Option<String>,
    /// New credential; replaces the current one.
    #[command(flatten)]
    pub credential: auth::CredentialArgs,
    /// Microsoft cloud of the tenant.
    #[arg(long, value_enum)]
    pub cloud: Option<CloudArg>,
    /// Login base URL replacing the cloud's default; an empty value removes the override.
    #[arg(long, value_name = "URL")]
    pub login_url: Option<String>,
    /// Graph base URL replacing the cloud's default; an empty value removes the override.
    #[arg(long, value_name = "URL")]
    pub graph_url: Option<String>,
    /// Exchange base URL replacing the cloud's default; an empty value removes the override.
    #[arg(long, value_name = "URL")]
    pub exchange_url: Option<String>,
}

/// Output format of `cray findings`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned columns for reading.
    Table,
    /// A JSON array of results.
    Json,
    /// Comma-separated values with a header row.
    Csv,
}

/// Format of `cray report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormatArg {
    /// The customer document (A4 PDF).
    Pdf,
    /// Every check with its data, versioned JSON for scripts.
    Json,
    /// One row per check for a spreadsheet (UTF-8 with BOM).
    Csv,
    /// The report's sections as Markdown for a ticket or a wiki.
    Md,
}

impl ReportFormatArg {
    /// Returns the report format: this argument, else the one the extension of `out` names,
    /// else PDF.
    fn resolve(arg: Option<Self>, out: &std::path::Path) -> ReportFormat {
        match arg {
            Some(Self::Pdf) => ReportFormat::Pdf,
            Some(Self::Json) => ReportFormat::Json,
            Some(Self::Csv) => ReportFormat::Csv,
            Some(Self::Md) => ReportFormat::Markdown,
            None => ReportFormat::from_path(out).unwrap_or(ReportFormat::Pdf),
        }
    }
}

/// Output format of `cray tenant list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// Aligned columns for reading.
    Table,
    /// A JSON array of tenants.
    Json,
}

/// Triage decisions accepted on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TriageArg {
    /// Not decided, or reopened.
    Open,
    /// The customer accepts the risk.
    AcceptedRisk,
    /// The finding does not apply to this tenant.
    FalsePositive,
    /// The customer reports it fixed; it reopens when a later assessment still fails it.
    Resolved,
}

impl From<TriageArg> for TriageStatus {
    fn from(value: TriageArg) -> Self {
        match value {
            TriageArg::Open => Self::Open,
            TriageArg::AcceptedRisk => Self::AcceptedRisk,
            TriageArg::FalsePositive => Self::FalsePositive,
            TriageArg::Resolved => Self::Resolved,
        }
    }
}

fn parse_date(text: &str) -> Result<time::Date, String> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(text, format)
        .map_err(|_| format!("invalid date {text:?}: use YYYY-MM-DD, for example 2027-03-31"))
}

/// Cloud names accepted on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CloudArg {
    /// Global (commercial) cloud.
    Global,
    /// US Government GCC High.
    UsGov,
    /// US Government DoD.
    UsGovDod,
    /// China (21Vianet).
    China,
}

impl From<CloudArg> for Cloud {
    fn from(value: CloudArg) -> Self {
        match value {
            CloudArg::Global => Self::Global,
            CloudArg::UsGov => Self::UsGov,
            CloudArg::UsGovDod => Self::UsGovDod,
            CloudArg::China => Self::China,
        }
    }
}

/// Returns the shipped language of the user's locale (`LC_ALL`, then `LANG`), if any.
fn system_lang() -> Option<Lang> {
    ["LC_ALL", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .and_then(|value| value.parse().ok())
}

fn parse_lang(text: &str) -> Result<Lang, String> {
    text.parse::<Lang>().map_err(|e| e.to_string())
}

/// Runs the parsed command line.
///
/// # Errors
/// Returns any failure with its context, for `main` to print.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let paths = Paths::resolve(cli.home.as_deref())?;
    let chosen = cli.lang;
    let lang = cli.lang.or_else(system_lang).unwrap_or_default();
    match cli.command {
        None => run_tui(paths, lang, None).await,
        Some(Command::Demo { no_tui }) => demo(paths, lang, no_tui).await,
        Some(Command::Tenant(command)) => tenant(paths, command).await,
        Some(Command::Collect { tenant, resume }) => {
            let workspace = open_workspace(paths)?;
            collect_with_progress(&workspace, &tenant, resume).await?;
            print_summary(&workspace, &tenant, lang)
        }
        Some(Command::Import { tenant, dir }) => {
            let workspace = open_workspace(paths)?;
            import(&workspace, &tenant, &dir).await?;
            print_summary(&workspace, &tenant, lang)
        }
        Some(Command::Findings {
            tenant,
            format,
            all,
        }) => {
            let workspace = open_workspace(paths)?;
            findings(&workspace, &tenant, format, all, lang)
        }
        Some(Command::Report {
            tenant,
            out,
            format,
            consultant,
        }) => {
            let workspace = open_workspace(paths)?;
            let format = ReportFormatArg::resolve(format, &out);
            let written =
                workspace.export_report(&tenant, lang, &out, format, consultant.as_deref())?;
            let format_name = match format {
                crate::report::ReportFormat::Pdf => "PDF",
                crate::report::ReportFormat::Json => "JSON",
                crate::report::ReportFormat::Csv => "CSV",
                crate::report::ReportFormat::Markdown => "Markdown",
            };
            println!(
                "Report written to {} ({format_name}, {lang})",
                written.display()
            );
            Ok(())
        }
        Some(Command::Triage {
            tenant,
            check_id,
            status,
            note,
            expires,
        }) => {
            let workspace = open_workspace(paths)?;
            triage(&workspace, &tenant, &check_id, status.into(), note, expires)
        }
        Some(Command::Purge { tenant, yes }) => purge(paths, &tenant, yes),
        Some(Command::Assessment(command)) => {
            let workspace = open_workspace(paths)?;
            match command {
                AssessmentCommand::List { tenant, format } => {
                    lifecycle::assessment_list(&workspace, &tenant, format)
                }
                AssessmentCommand::Delete { tenant, id, yes } => {
                    lifecycle::assessment_delete(&workspace, &tenant, &id, yes)
                }
                AssessmentCommand::Diff {
                    tenant,
                    old_id,
                    new_id,
                    format,
                } => {
                    let ids = old_id.as_deref().zip(new_id.as_deref());
                    let localizer = Localizer::new(lang)?;
                    diff::assessment_diff(&workspace, &tenant, ids, format, &localizer)
                }
            }
        }
        Some(Command::Doctor) => lifecycle::doctor(&open_workspace(paths)?),
        Some(Command::Checks(ChecksCommand::List { format })) => {
            let catalogue = crate::check::Catalogue::embedded()?;
            checks::list(&catalogue, format, chosen, lang)
        }
        Some(Command::Stats { format }) => {
            let statistics = Workspace::open(paths)?.statistics()?;
            let mut out = io::stdout().lock();
            stats::print(&mut out, &statistics, format, &Localizer::new(lang)?)?;
            Ok(out.flush()?)
        }
        Some(Command::Simulate(args)) => simulate::run(args).await,
    }
}

async fn run_tui(paths: Paths, lang: Lang, open: Option<TenantName>) -> anyhow::Result<()> {
    // The TUI owns the terminal, so it cannot prompt: its passphrase comes from
    // CRAY_PASSPHRASE only.
    let workspace = Arc::new(Workspace::open(paths)?);
    crate::tui::run_workspace(workspace, lang, open).await
}

async fn demo(paths: Paths, lang: Lang, no_tui: bool) -> anyhow::Result<()> {
    let workspace = open_workspace(paths.clone())?;
    let tenant = workspace.ensure_demo()?;
    if no_tui {
        collect_with_progress(&workspace, tenant.name.as_str(), false).await?;
        return print_summary(&workspace, tenant.name.as_str(), lang);
    }
    drop(workspace);
    run_tui(paths, lang, Some(tenant.name)).await
}

async fn tenant(paths: Paths, command: TenantCommand) -> anyhow::Result<()> {
    let workspace = open_workspace(paths)?;
    match command {
        TenantCommand::Add(add) => {
            let tenant = tenant_from_args(*add)?;
            let name = tenant.name.clone();
            workspace.add_tenant(tenant.clone())?;
            println!("Tenant {name} registered.");
            auth::print_onboarding(&tenant);
            println!("Next: cray tenant check {name}, then cray collect {name}");
        }
        TenantCommand::Edit(edit) => {
            let edited = edit_tenant(&workspace, *edit)?;
            println!("Tenant {} changed.", edited.name);
        }
        TenantCommand::Check { tenant } => check_tenant(&workspace, &tenant).await?,
        TenantCommand::List { format } => output::tenant_list(&workspace.tenants(), format)?,
        TenantCommand::Remove { tenant } => {
            let removed = workspace.remove_tenant(&tenant)?;
            let dir = workspace.paths().tenant_dir(&removed.name);
            println!("Tenant {} unregistered.", removed.name);
            if dir.exists() {
                println!(
                    "Its data stays in {}; `cray purge {}` deletes it.",
                    dir.display(),
                    removed.name
                );
            }
        }
    }
    Ok(())
}

fn tenant_from_args(add: AddTenant) -> anyhow::Result<Tenant> {
    let credential = add.credential.required()?;
    Ok(Tenant {
        name: TenantName::new(&add.name)?,
        display_name: add.display_name,
        tenant_id: add.tenant_id,
        cloud: add.cloud.into(),
        client_id: add.client_id,
        credential,
        endpoints: EndpointOverrides {
            login: add.login_url,
            graph: add.graph_url,
            exchange: add.exchange_url,
        },
        demo: false,
        local_id: String::new(),
    })
}

/// Applies the options of `cray tenant edit`.
fn edit_tenant(workspace: &Workspace, edit: EditTenant) -> anyhow::Result<Tenant> {
    let credential = edit.credential.credential();
    let override_of = |value: Option<String>, current: &mut Option<String>| {
        if let Some(value) = value {
            *current = (!value.is_empty()).then_some(value);
        }
    };
    let edited = workspace.edit_tenant(&edit.tenant, |tenant| {
        if let Some(display_name) = edit.display_name {
            tenant.display_name = display_name;
        }
        if let Some(client_id) = edit.client_id {
            tenant.client_id = client_id;
        }
        if let Some(credential) = credential {
            tenant.credential = credential;
        }
        if let Some(cloud) = edit.cloud {
            tenant.cloud = cloud.into();
        }
        override_of(edit.login_url, &mut tenant.endpoints.login);
        override_of(edit.graph_url, &mut tenant.endpoints.graph);
        override_of(edit.exchange_url, &mut tenant.endpoints.exchange);
    })?;
    Ok(edited)
}

/// Signs in to a tenant and prints the permission preflight of every dataset.
async fn check_tenant(workspace: &Workspace, tenant: &str) -> anyhow::Result<()> {
    let hooks = auth::terminal_hooks(false);
    let report = workspace
        .check_tenant(tenant, &hooks, CancellationToken::new())
        .await?;
    print!("{}", auth::preflight_text(&report, true));
    if !report.missing().is_empty() {
        bail!(
            "tenant {tenant} lacks permissions for {} datasets; they would be recorded as not \
             collected",
            report.missing().len()
        );
    }
    Ok(())
}

/// Opens the workspace; on a terminal it prompts for the key passphrase when one is needed.
fn open_workspace(paths: Paths) -> anyhow::Result<Workspace> {
    let prompt: Option<Prompt> = io::stdin()
        .is_terminal()
        .then(|| Box::new(|label: &str| read_hidden(label).ok().flatten()) as Prompt);
    Ok(Workspace::open_with_prompt(paths, prompt)?)
}

/// Reads one line from the terminal without echoing it.
fn read_hidden(label: &str) -> io::Result<Option<Zeroizing<String>>> {
    use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers};
    eprint!("{label}");
    io::stderr().flush()?;
    crossterm::terminal::enable_raw_mode()?;
    let mut typed = Zeroizing::new(String::new());
    let outcome = loop {
        match crossterm::event::read() {
            Ok(Event::Key(key)) if key.kind == KeyEventKind::Press => match key.code {
                KeyCode::Enter => break Ok(Some(typed)),
                KeyCode::Esc => break Ok(None),
                KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => {
                    break Ok(None);
                }
                KeyCode::Backspace => {
                    typed.pop();
                }
                KeyCode::Char(c) => typed.push(c),
                _ => {}
            },
            Ok(_) => {}
            Err(error) => break Err(error),
        }
    };
    crossterm::terminal::disable_raw_mode()?;
    eprintln!();
    outcome
}

/// Prints the workspace's one-time notices, such as a key kept in a key file, to stderr.
fn print_notices(workspace: &Workspace) {
    for notice in workspace.take_notices() {
        eprintln!("{notice}");
    }
}

/// Collects a tenant (or resumes its interrupted assessment) while showing progress on
/// stderr: one updating line on a terminal, one line per finished dataset otherwise.
async fn collect_with_progress(
    workspace: &Workspace,
    tenant: &str,
    resume: bool,
) -> anyhow::Result<()> {
    // Opening the store first creates its key, so a warning about it comes before progress.
    let name = workspace.tenant(tenant)?.name;
    workspace.store(&name)?;
    print_notices(workspace);
    let (sender, mut receiver) = mpsc::channel(256);
    let live = io::stderr().is_terminal();
    let printer = tokio::spawn(async move {
        let mut progress = progress::Progress::new(live);
        while let Some(event) = receiver.recv().await {
            progress.show(&event);
        }
        progress.finish();
    });
    let cancel = CancellationToken::new();
    let ctrl_c = cancel.clone();
    let watcher = tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            ctrl_c.cancel();
        }
    });
    let hooks = auth::terminal_hooks(true);
    // NOTE: a resumed run signs in without the terminal hooks, so it cannot prompt for a
    // secret or show a device code; secrets from the environment or a file work.
    let outcome = if resume {
        workspace.resume(tenant, sender, cancel).await
    } else {
        workspace
            .collect_with_hooks(tenant, sender, cancel, &hooks)
            .await
    };
    watcher.abort();
    printer.await.context("progress printer failed")?;
    outcome?;
    Ok(())
}

/// Imports a folder and prints which datasets it held and which files it skipped to stderr.
async fn import(workspace: &Workspace, tenant: &str, dir: &Path) -> anyhow::Result<()> {
    let summary = workspace.import(tenant, dir).await?;
    print_notices(workspace);
    for dataset in &summary.imported {
        eprintln!("  imported  {}", dataset.key());
    }
    for skipped in &summary.skipped {
        let path = skipped.path.display().to_string();
        eprintln!(
            "  skipped   {} ({})",
            crate::display::sanitize(&path),
            skipped.reason
        );
    }
    let missing = Dataset::ALL.len() - summary.imported.len();
    eprintln!(
        "imported {} datasets; {missing} not in the folder, their checks are not assessable",
        summary.imported.len()
    );
    Ok(())
}

fn print_summary(workspace: &Workspace, tenant: &str, lang: Lang) -> anyhow::Result<()> {
    let (assessment, findings) = workspace.findings(tenant)?;
    let localizer = Localizer::new(lang)?;
    println!("Assessment {} of tenant {tenant}", assessment.id);
    let count = |status: Status| findings.iter().filter(|f| f.status == status).count();
    println!("  pass            {:>3}", count(Status::Pass));
    println!("  fail            {:>3}", count(Status::Fail));
    for severity in Severity::DESCENDING {
        let n = findings
            .iter()
            .filter(|f| f.status == Status::Fail && f.severity == severity)
            .count();
        if n > 0 {
            println!(
                "    {:<13} {n:>3}",
                localizer.text(&format!("severity-{}", severity.key()))
            );
        }
    }
    println!("  not assessable  {:>3}", count(Status::NotAssessable));
    for status in [Status::NotLicensed, Status::NotApplicable, Status::Error] {
        if count(status) > 0 {
            println!(
                "  {:<15} {:>3}",
                status.key().replace('_', " "),
                count(status)
            );
        }
    }
    println!("Next: cray findings {tenant}   or   cray report {tenant} --out report.pdf");
    Ok(())
}

fn findings(
    workspace: &Workspace,
    tenant: &str,
    format: Format,
    all: bool,
    lang: Lang,
) -> anyhow::Result<()> {
    let (_, findings) = workspace.findings(tenant)?;
    let mut shown: Vec<&Finding> = findings
        .iter()
        .filter(|f| all || matches!(f.status, Status::Fail | Status::Error))
        .collect();
    shown.sort_by(|a, b| output::finding_order(a, b));
    let localizer = Localizer::new(lang)?;
    let mut out = io::stdout().lock();
    match format {
        Format::Table => output::findings_table(&mut out, &shown, &localizer)?,
        Format::Json => output::findings_json(&mut out, &shown, &localizer)?,
        Format::Csv => output::findings_csv(&mut out, &shown, &localizer)?,
    }
    out.flush()?;
    Ok(())
}

fn triage(
    workspace: &Workspace,
    tenant: &str,
    check_id: &str,
    status: TriageStatus,
    note: String,
    expires_on: Option<time::Date>,
) -> anyhow::Result<()> {
    let check_id = CheckId(check_id.to_owned());
    if workspace.catalogue().get(&check_id).is_none() {
        bail!("unknown check {check_id}; `cray findings {tenant} --all` lists the check ids");
    }
    let needs_reason = matches!(
        status,
        TriageStatus::AcceptedRisk | TriageStatus::FalsePositive
    );
    if needs_reason && note.trim().is_empty() {
        bail!("a reason is required: pass --note \"why this needs no fix\"");
    }
    let today = time::OffsetDateTime::now_utc().date();
    if let Some(date) = expires_on.filter(|date| *date < today) {
        bail!("expiry date {date} is in the past; give a date from {today} on");
    }
    let decision = TriageDecision {
        check_id,
        status,
        note,
        decided_at: time::OffsetDateTime::now_utc(),
        expires_on,
    };
    workspace.set_triage(tenant, &decision)?;
    println!(
        "{} of tenant {tenant} marked {}.",
        decision.check_id,
        status.key()
    );
    Ok(())
}

fn purge(paths: Paths, tenant: &str, yes: bool) -> anyhow::Result<()> {
    let workspace = open_workspace(paths)?;
    if !yes {
        confirm_purge(tenant)?;
    }
    let report = workspace.purge(tenant)?;
    if report.removed_dirs.is_empty() && !report.unregistered {
        bail!("nothing to purge: no tenant named {tenant} and no data stored under that name");
    }
    println!("Tenant {tenant} purged; there is no way back.");
    if report.key_destroyed {
        println!("  destroyed its key");
    }
    for dir in &report.removed_dirs {
        println!("  removed {}", dir.display());
    }
    for export in &report.removed_exports {
        println!("  removed report {}", export.display());
    }
    if report.leftovers.is_empty() {
        println!("  no file under cray's directories mentions the tenant id or its domains");
    } else {
        println!("  files that still mention the tenant id or a domain; delete them by hand:");
        for path in &report.leftovers {
            println!("    {}", path.display());
        }
    }
    println!("Reports written before exports were recorded are not touched; delete them yourself.");
    Ok(())
}

fn confirm_purge(tenant: &str) -> anyhow::Result<()> {
    if !io::stdin().is_terminal() {
        bail!("purge needs confirmation: pass --yes to purge tenant {tenant} without a prompt");
    }
    eprint!(
        "This destroys the key of tenant {tenant} and deletes all its data; there is no way \
         back. Type its name to confirm: "
    );
    io::stderr().flush()?;
    let mut typed = String::new();
    io::stdin().lock().read_line(&mut typed)?;
    if typed.trim() != tenant {
        bail!("confirmation did not match {tenant:?}; nothing was deleted");
    }
    Ok(())
}
