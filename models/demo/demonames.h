// The vocabulary of the demo data: people's names, departments, the training content (10-codes,
// the phonetic alphabet, radio prowords) and the text of assignments and messages.
// Tables of plain literals, like Tiled keeps its string tables in headers. Text that is stored as
// demo data is not translated: it is data, as if people had typed it.
#pragma once

#include <array>
#include <string_view>

namespace dashboard::demo::names {

using namespace std::string_view_literals;

// First and last names as a mixed US public-safety workforce would have them: English, Spanish
// and other origins, with accents and apostrophes (the e-mail addresses are transliterated).
inline constexpr std::array kFirstNames = {
    "James"sv,   "Mary"sv,    "Michael"sv,  "Jennifer"sv, "Robert"sv,   "Linda"sv,   "David"sv,   "Sarah"sv,
    "Daniel"sv,  "Emily"sv,   "Kevin"sv,    "Jessica"sv,  "Marcus"sv,   "Olivia"sv,  "Tyler"sv,   "Hannah"sv,
    "José"sv,    "María"sv,   "Lucía"sv,    "Martín"sv,   "Ana"sv,      "Camila"sv,  "Mateo"sv,   "Valentina"sv,
    "Diego"sv,   "Carmen"sv,  "Javier"sv,   "Elena"sv,    "Sofía"sv,    "Andrés"sv,  "Aisha"sv,   "Omar"sv,
    "Priya"sv,   "Wei"sv,     "Fatima"sv,   "Kwame"sv,    "Chloé"sv,    "Zoë"sv,     "Björn"sv,   "Nikolai"sv,
    "Mei"sv,     "Tomás"sv,   "Inés"sv,     "Darnell"sv,  "Keisha"sv,   "Malik"sv,   "Yusuf"sv,   "Leilani"sv,
};

inline constexpr std::array kLastNames = {
    "Smith"sv,     "Johnson"sv,  "Williams"sv, "Brown"sv,    "Jones"sv,    "Miller"sv,    "Davis"sv,
    "García"sv,    "Martínez"sv, "Rodríguez"sv, "Hernández"sv, "López"sv,   "González"sv,  "Pérez"sv,
    "Sánchez"sv,   "Ramírez"sv,  "Torres"sv,   "Flores"sv,   "Rivera"sv,   "Gómez"sv,     "Díaz"sv,
    "Nguyen"sv,    "Kim"sv,      "Patel"sv,    "Chen"sv,     "Okafor"sv,   "Müller"sv,    "O'Brien"sv,
    "Kowalski"sv,  "Rossi"sv,    "Silva"sv,    "Haddad"sv,   "Cohen"sv,    "Ibrahim"sv,   "Novak"sv,
    "Andersen"sv,  "Jackson"sv,  "White"sv,    "Harris"sv,   "Thompson"sv, "Castillo"sv,  "Peña"sv,
    "Ortiz"sv,     "Washington"sv, "Yamamoto"sv, "Singh"sv,  "MacDonald"sv, "St. James"sv,
};

// Known top-level department codes and their names; other codes get "<code> Department".
struct KnownDepartment
{
    std::string_view code;
    std::string_view name;
    std::string_view location;
};
inline constexpr std::array kKnownDepartments = {
    KnownDepartment{"MPD"sv, "Metro Police Department"sv, "Metro City"sv},
    KnownDepartment{"SHP"sv, "State Highway Patrol"sv, "State Capitol"sv},
    KnownDepartment{"CSO"sv, "County Sheriff's Office"sv, "County Seat"sv},
};

// --- training content -----------------------------------------------------------------------

// Radio 10-codes (APCO), in the order a course teaches them. 10-9 (repeat) and 10-10 (fight in
// progress / negative) sound and look alike and are drilled in every codes module, as are
// 10-7 (out of service) and 10-8 (in service).
inline constexpr std::array kTenCodes = {
    "10-1"sv,  "10-2"sv,  "10-3"sv,  "10-4"sv,  "10-5"sv,  "10-6"sv,  "10-7"sv,  "10-8"sv,  "10-9"sv,
    "10-10"sv, "10-11"sv, "10-12"sv, "10-13"sv, "10-14"sv, "10-15"sv, "10-16"sv, "10-17"sv, "10-18"sv,
    "10-19"sv, "10-20"sv, "10-21"sv, "10-22"sv, "10-23"sv, "10-24"sv, "10-25"sv, "10-26"sv, "10-27"sv,
    "10-28"sv, "10-29"sv, "10-30"sv, "10-32"sv, "10-33"sv, "10-50"sv, "10-97"sv, "10-98"sv, "10-99"sv,
};
inline constexpr std::array kConfusableCodes = {"10-9"sv, "10-10"sv, "10-7"sv, "10-8"sv};

inline constexpr std::array kPhonetic = {
    "Alpha"sv,  "Bravo"sv,  "Charlie"sv, "Delta"sv,  "Echo"sv,    "Foxtrot"sv, "Golf"sv,    "Hotel"sv,  "India"sv,
    "Juliett"sv, "Kilo"sv,  "Lima"sv,    "Mike"sv,   "November"sv, "Oscar"sv,  "Papa"sv,    "Quebec"sv, "Romeo"sv,
    "Sierra"sv, "Tango"sv,  "Uniform"sv, "Victor"sv, "Whiskey"sv, "X-ray"sv,   "Yankee"sv,  "Zulu"sv,   "Zero"sv,
    "One"sv,    "Two"sv,    "Tree"sv,    "Fower"sv,  "Fife"sv,    "Six"sv,     "Seven"sv,   "Ait"sv,    "Niner"sv,
};

inline constexpr std::array kProwords = {
    "proword:Over"sv,        "proword:Out"sv,          "proword:Roger"sv,      "proword:Wilco"sv,
    "proword:Say again"sv,   "proword:Break"sv,        "proword:Copy"sv,       "proword:Affirmative"sv,
    "proword:Negative"sv,    "proword:Standby"sv,      "proword:Correction"sv, "proword:I spell"sv,
    "proword:Read back"sv,   "proword:Go ahead"sv,     "proword:Radio check"sv, "proword:Mayday"sv,
    "proword:Pan-pan"sv,     "proword:Silence"sv,      "proword:Words twice"sv, "proword:Figures"sv,
    "proword:Disregard"sv,   "proword:Priority"sv,     "proword:Emergency traffic"sv, "proword:All after"sv,
};

// Phrases of the voice practice, per category (CODES, PHONETIC, PROTOCOL).
inline constexpr std::array kCodePhrases = {
    "Dispatch, Unit 12, 10-8 and available."sv,
    "Unit 4, 10-4, en route to the 10-20."sv,
    "Dispatch, 10-9, last transmission garbled."sv,
    "Unit 7 is 10-7 for meal break."sv,
    "Requesting 10-28 and 10-29 on a blue sedan."sv,
    "Unit 15, 10-23 at the scene."sv,
};
inline constexpr std::array kPhoneticPhrases = {
    "Plate is Lima Kilo Seven Niner Tango Two."sv,
    "Spelling: Sierra Mike India Tango Hotel."sv,
    "Unit Charlie Four, copy Bravo Delta Echo."sv,
    "Suspect vehicle Yankee Zulu Fower Fife Six."sv,
    "Callsign Papa Romeo Oscar, how copy?"sv,
};
inline constexpr std::array kProtocolPhrases = {
    "Dispatch, Unit 9, radio check, over."sv,
    "Unit 9, read you loud and clear, over."sv,
    "Say again all after location, over."sv,
    "Emergency traffic only on this channel, out."sv,
    "Correction, eastbound not westbound, over."sv,
    "Wilco, standing by on channel two, out."sv,
};

// Sub-unit names for well-known sub-unit codes; others are used as written.
struct KnownSubUnit
{
    std::string_view code;
    std::string_view name;
};
inline constexpr std::array kKnownSubUnits = {
    KnownSubUnit{"Patrol"sv, "Patrol Division"sv},   KnownSubUnit{"Traffic"sv, "Traffic Division"sv},
    KnownSubUnit{"North"sv, "North Troop"sv},        KnownSubUnit{"South"sv, "South Troop"sv},
    KnownSubUnit{"Jail"sv, "Detention Services"sv},  KnownSubUnit{"Court"sv, "Court Services"sv},
};

inline constexpr std::array kCertifications = {
    "APCO Public Safety Telecommunicator"sv, "APCO Communications Training Officer"sv, "NENA ENP"sv,
    "EMD (Emergency Medical Dispatch)"sv,    "CJIS Security Awareness"sv,
};
inline constexpr std::array kSpecializations = {
    "10-codes"sv, "Phonetic alphabet"sv, "Radio protocol"sv, "Voice clarity"sv, "New-hire onboarding"sv,
};

inline constexpr std::array kInstructorFeedback = {
    "Solid work. Keep drilling 10-9 vs. 10-10 until it is automatic."sv,
    "Good pacing on the radio. Watch your read-backs on plates."sv,
    "Well done — you met the target on the first attempt."sv,
    "Accuracy improved a lot this week; next step is the HARD level."sv,
    "Clear transmissions. Remember to close with \"over\" or \"out\"."sv,
};

} // namespace dashboard::demo::names
