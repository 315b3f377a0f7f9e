//! The mail Kratos sent, read from Mailpit's HTTP API: `GET /api/v1/search?query=to:...` lists
//! a recipient's messages newest first, `GET /api/v1/message/<ID>` gives one with its text.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use reqwest::{StatusCode, Url};
use serde_json::Value;

use super::ory::expect_json;
use super::{client, Stack};

/// How long Kratos's courier may take to hand a message to Mailpit (it polls its queue every
/// second).
const DELIVERY_DEADLINE: Duration = Duration::from_secs(30);

/// The subjects of Kratos's default mail templates.
pub const LOGIN_CODE_MAIL: &str = "Login to your account";
pub const REGISTRATION_CODE_MAIL: &str = "Complete your account registration";
pub const RECOVERY_CODE_MAIL: &str = "Recover access to your account";
pub const VERIFICATION_CODE_MAIL: &str = "Please verify your email address";

/// One message as Mailpit stored it.
#[derive(Clone, Debug)]
pub struct Mail {
    pub id: String,
    pub to: Vec<String>,
    pub subject: String,
    pub text: String,
}

impl Mail {
    /// The one-time code in the message: Kratos's templates put it on a line of its own, six
    /// digits.
    pub fn code(&self) -> String {
        one_time_code(&self.text).unwrap_or_else(|| {
            panic!(
                "no one-time code in the mail {} {:?} to {:?}:\n{}",
                self.id, self.subject, self.to, self.text
            )
        })
    }
}

/// The first line of `text` that is a six-digit number.
pub fn one_time_code(text: &str) -> Option<String> {
    text.lines()
        .map(str::trim)
        .find(|line| line.len() == 6 && line.chars().all(|c| c.is_ascii_digit()))
        .map(str::to_owned)
}

/// One person's mailbox at the stack's Mailpit. It remembers the messages already read (and
/// those that were there when it was opened), so [`Inbox::next`] only returns new mail.
pub struct Inbox {
    mailpit: String,
    pub address: String,
    seen: HashSet<String>,
}

impl Inbox {
    /// The mailbox of `address`; the mail already in it counts as read.
    pub async fn open(stack: &Stack, address: &str) -> Inbox {
        let mut inbox = Inbox {
            mailpit: stack.mailpit_url(""),
            address: address.to_owned(),
            seen: HashSet::new(),
        };
        inbox.seen = inbox
            .summaries()
            .await
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        inbox
    }

    /// Waits (within a deadline) for a new message whose subject contains `subject`, and marks
    /// it read.
    pub async fn next(&mut self, subject: &str) -> Mail {
        let deadline = Instant::now() + DELIVERY_DEADLINE;
        loop {
            let summaries = self.summaries().await;
            // Newest first: the latest matching message wins.
            let found = summaries
                .iter()
                .find(|(id, summary)| {
                    !self.seen.contains(id)
                        && summary["Subject"]
                            .as_str()
                            .is_some_and(|s| s.contains(subject))
                })
                .map(|(id, _)| id.clone());
            if let Some(id) = found {
                self.seen.insert(id.clone());
                return self.message(&id).await;
            }
            if Instant::now() > deadline {
                let listing: Vec<String> = summaries
                    .iter()
                    .map(|(id, summary)| format!("  {id}: {}", summary["Subject"]))
                    .collect();
                panic!(
                    "no new mail {subject:?} to {} within {DELIVERY_DEADLINE:?}; the mailbox holds:\n{}",
                    self.address,
                    listing.join("\n")
                );
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
    }

    /// The one-time code of the next new message whose subject contains `subject`.
    pub async fn next_code(&mut self, subject: &str) -> String {
        self.next(subject).await.code()
    }

    /// `(ID, summary)` of every message to this address, newest first.
    async fn summaries(&self) -> Vec<(String, Value)> {
        let mut url = Url::parse(&format!("{}api/v1/search", self.mailpit)).unwrap();
        url.query_pairs_mut()
            .append_pair("query", &format!("to:\"{}\"", self.address))
            .append_pair("limit", "200");
        let list = get_json(url.as_str()).await;
        list["messages"]
            .as_array()
            .unwrap_or_else(|| panic!("GET {url} has no messages list: {list:#}"))
            .iter()
            .filter(|summary| addressed_to(summary, &self.address))
            .map(|summary| {
                let id = summary["ID"]
                    .as_str()
                    .unwrap_or_else(|| panic!("a message without an ID: {summary:#}"))
                    .to_owned();
                (id, summary.clone())
            })
            .collect()
    }

    async fn message(&self, id: &str) -> Mail {
        let url = format!("{}api/v1/message/{id}", self.mailpit);
        let message = get_json(&url).await;
        let text = |key: &str| message[key].as_str().unwrap_or_default().to_owned();
        Mail {
            id: id.to_owned(),
            to: recipients(&message),
            subject: text("Subject"),
            text: text("Text"),
        }
    }
}

fn recipients(message: &Value) -> Vec<String> {
    message["To"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|to| to["Address"].as_str().map(str::to_owned))
        .collect()
}

fn addressed_to(message: &Value, address: &str) -> bool {
    recipients(message)
        .iter()
        .any(|to| to.eq_ignore_ascii_case(address))
}

async fn get_json(url: &str) -> Value {
    let what = format!("GET {url} (is Mailpit running?)");
    expect_json(client().get(url), &what, StatusCode::OK).await
}

#[test]
fn the_code_is_the_line_with_six_digits() {
    let text = "Hi,\n\nplease verify your account by entering the following code:\n\n\
                123456\n\nor clicking the following link:\n\n\
                http://localhost:4433/self-service/verification?code=123456&flow=1234567";
    assert_eq!(one_time_code(text).as_deref(), Some("123456"));
    assert_eq!(one_time_code("no code, 1234567 or 12345"), None);
}
