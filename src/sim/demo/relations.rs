//! Who belongs to and who owns which demo object: the maps behind the per-object routes, from
//! parent id to the related objects as Graph returns them.

use serde_json::{Map, Value, json};

use super::group_id;
use super::user_id;

/// Members of each group, by group display name, as the users' mail nicknames.
const MEMBERS: &[(&str, &[&str])] = &[
    ("CA-Exclusions-BreakGlass", &["ea01"]),
    ("CA-Pilot-Exclusions", &["alex.wilber", "scanner"]),
    ("PIM-Exchange-Admins", &["patti.fernandez", "nestor.wilke"]),
    (
        "Finance",
        &[
            "lidia.holloway",
            "pradeep.gupta",
            "ana.munoz",
            "jose.garcia",
            "finance.shared",
        ],
    ),
    (
        "Project Phoenix",
        &[
            "megan.bowen",
            "alex.wilber",
            "lee.gu",
            "zoe.uenal",
            "marta.ruiz",
            "kenji.sato",
        ],
    ),
    (
        "Vertrieb Süd",
        &[
            "juergen.weiss",
            "doerte.mueller",
            "ingrid.braeutigam",
            "johanna.lorenz",
        ],
    ),
    (
        "Marketing",
        &[
            "megan.bowen",
            "miriam.graham",
            "christie.cline",
            "debra.berger",
        ],
    ),
    (
        "IT Operations",
        &[
            "adele.vance",
            "nestor.wilke",
            "patti.fernandez",
            "grady.archie",
            "isaiah.langer",
        ],
    ),
    (
        "Helpdesk Tier 1",
        &[
            "bjoern.akesson",
            "renee.fassbender",
            "henrietta.mueller",
            "ilse.voegele",
        ],
    ),
    (
        "VPN Users",
        &[
            "juergen.weiss",
            "bjoern.akesson",
            "doerte.mueller",
            "ingrid.braeutigam",
            "tobias.haeusler",
            "kerstin.schaefer",
        ],
    ),
];

/// Owners of each group. Synced groups are managed on premises and have none; the
/// role-assignable break-glass group has none either, and a guest co-owns Project Phoenix.
const OWNERS: &[(&str, &[&str])] = &[
    ("CA-Pilot-Exclusions", &["alex.wilber"]),
    ("All Staff", &["adele.vance"]),
    ("Finance", &["lidia.holloway"]),
    ("Project Phoenix", &["megan.bowen", "marta.ruiz"]),
    ("Vertrieb Süd", &["juergen.weiss"]),
    ("Marketing", &["miriam.graham"]),
    ("IT Operations", &["adele.vance"]),
    ("Guests - Partner Lab", &["megan.bowen"]),
];

/// Returns the members of every group: the lists above, "All Staff" with every enabled
/// member account, and "Guests - Partner Lab" with every guest.
pub fn group_members(users: &Value, groups: &Value) -> Value {
    let users = users.as_array().map_or(&[][..], Vec::as_slice);
    let mut map = by_group(groups, MEMBERS, users);
    let everyone: Vec<Value> = users
        .iter()
        .filter(|u| u["userType"] == "Member" && u["accountEnabled"] == true)
        .map(directory_object)
        .collect();
    let guests: Vec<Value> = users
        .iter()
        .filter(|u| u["userType"] == "Guest")
        .map(directory_object)
        .collect();
    map.insert(group_id("All Staff"), Value::Array(everyone));
    map.insert(group_id("Guests - Partner Lab"), Value::Array(guests));
    Value::Object(map)
}

/// Returns the owners of every group.
pub fn group_owners(users: &Value, groups: &Value) -> Value {
    let users = users.as_array().map_or(&[][..], Vec::as_slice);
    Value::Object(by_group(groups, OWNERS, users))
}

/// Builds the map from group id to related users; every group gets an entry.
fn by_group(groups: &Value, table: &[(&str, &[&str])], users: &[Value]) -> Map<String, Value> {
    let mut map = Map::new();
    for group in groups.as_array().map_or(&[][..], Vec::as_slice) {
        let Some(id) = group["id"].as_str() else {
            continue;
        };
        let name = group["displayName"].as_str().unwrap_or_default();
        let related: Vec<Value> = table
            .iter()
            .filter(|(group, _)| *group == name)
            .flat_map(|(_, locals)| locals.iter())
            .filter_map(|local| {
                let id = user_id(local);
                users.iter().find(|u| u["id"] == id.as_str())
            })
            .map(directory_object)
            .collect();
        map.insert(id.to_owned(), Value::Array(related));
    }
    map
}

/// Returns a user as a member or owner list shows it: typed, with the user's properties.
fn directory_object(user: &Value) -> Value {
    let mut object = json!({"@odata.type": "#microsoft.graph.user"});
    if let (Some(fields), Some(source)) = (object.as_object_mut(), user.as_object()) {
        fields.extend(source.clone());
    }
    object
}

#[cfg(test)]
mod tests {
    use super::super::directory;
    use super::*;

    #[test]
    fn every_listed_member_exists() {
        let users = directory::users();
        let ids: Vec<&str> = users
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u["id"].as_str().unwrap())
            .collect();
        for (_, locals) in MEMBERS.iter().chain(OWNERS) {
            for local in *locals {
                assert!(ids.contains(&user_id(local).as_str()), "{local}");
            }
        }
    }

    #[test]
    fn every_group_has_an_entry() {
        let members = group_members(&directory::users(), &directory::groups());
        assert_eq!(members.as_object().unwrap().len(), 12);
        let all_staff = &members[group_id("All Staff").as_str()];
        assert!(all_staff.as_array().unwrap().len() > 30);
    }
}
