//! English texts. Written in our own words from the facts in
//! `shared/spec/screening.md` and `shared/seeds/`: short sentences, "you"
//! voice, warm, about a grade 6–8 reading level.

use super::{o, q, Expect, Fact, LevelText, OptionText, QuestionText, SettingText, Texts, Ui};
use crate::engine::*;

/// The English texts.
pub static TEXTS: Texts = Texts {
    question,
    option,
    level,
    reason,
    fact,
    note,
    setting,
    asam,
    ui: &UI,
};

fn question(id: QuestionId) -> QuestionText {
    match id {
        QuestionId::Safety => q(
            "Have you had thoughts of ending your life, or of hurting yourself or someone else?",
            Some("Think about the past month. If in the past 3 months you tried to act, or took steps toward it, choose the last answer."),
            "Thoughts of harm",
        ),
        QuestionId::Age => q("How old are you?", None, "Your age"),
        QuestionId::Focus => q(
            "What brings you here today?",
            Some("Choose the one that matters most to you right now."),
            "What brings you here",
        ),
        QuestionId::Substances => q(
            "In the past 12 months, which of these have you used?",
            Some("Choose all that apply. Count a medicine in the first six only if you took it in a way or amount that was not prescribed. If a clinic or doctor gives you methadone or buprenorphine, choose that answer, even if you take it just as prescribed."),
            "What you used",
        ),
        QuestionId::Frequency => q(
            "In the past 30 days, how often did you drink or use drugs?",
            Some("If you used more than one thing, answer for the one you used most."),
            "How often",
        ),
        QuestionId::Amount => q(
            "On a day when you drink, how many drinks do you usually have?",
            Some("One drink is a can of beer, a glass of wine, or a shot of liquor."),
            "Drinks a day",
        ),
        QuestionId::Withdrawal => q(
            "What happens when you cut down or stop?",
            Some("Think of any time you cut down or stopped drinking or using. Choose the answer that fits the worst of it."),
            "When you stop",
        ),
        QuestionId::Impact => q(
            "In the past 12 months, did any of these happen because of drinking or drug use?",
            Some("Choose all that apply."),
            "How it got in the way",
        ),
        QuestionId::Medical => q(
            "Do any of these fit your health right now?",
            Some("Choose all that apply."),
            "Your health",
        ),
        QuestionId::MentalHealth => q(
            "How much do feelings like sadness, worry, panic or mood swings get in your way?",
            None,
            "Your feelings",
        ),
        QuestionId::Home => q("What is your home like right now?", None, "Your home"),
        QuestionId::Support => q(
            "Do you have people who support your recovery?",
            Some("This could be family, friends, a sponsor or a support group."),
            "People who help",
        ),
        QuestionId::History => q(
            "Which of these fit your treatment so far?",
            Some("Choose all that apply."),
            "Past care",
        ),
        QuestionId::Obligations => q(
            "During treatment, do you need to keep working, studying or caring for family?",
            None,
            "Work, school or family",
        ),
        QuestionId::Schedule => q(
            "Could you go to treatment 3 to 5 days a week, for about 3 hours each time?",
            None,
            "Time for care",
        ),
        QuestionId::Readiness => q(
            "How ready do you feel to get help?",
            None,
            "How ready you are",
        ),
    }
}

fn option(opt: AnyOption) -> OptionText {
    match opt {
        AnyOption::Safety(Safety::No) => o("No", None),
        AnyOption::Safety(Safety::Thoughts) => o(
            "Yes, I have had thoughts, but no plan",
            Some("In the past month, you had thoughts of ending your life or hurting yourself, or of hurting someone. You did not have a plan."),
        ),
        AnyOption::Safety(Safety::Plan) => o(
            "Yes, I have a plan, or I have tried",
            Some("In the past month, you made a plan or meant to act. Or in the past 3 months, you tried or took steps toward it."),
        ),
        AnyOption::Age(Age::Teen) => o("Under 18", None),
        AnyOption::Age(Age::Adult) => o("18 or older", None),
        AnyOption::Focus(Focus::Alcohol) => o("My drinking", None),
        AnyOption::Focus(Focus::Drugs) => o("My drug use", None),
        AnyOption::Focus(Focus::Both) => o("Both drinking and drugs", None),
        AnyOption::Focus(Focus::MentalHealth) => o(
            "My mental health",
            Some("Such as sadness, worry, panic or mood swings."),
        ),
        AnyOption::Focus(Focus::Eating) => o(
            "Eating, food or weight",
            Some("Such as eating too little, eating a lot and feeling out of control, or making yourself throw up."),
        ),
        AnyOption::Focus(Focus::Unsure) => o("I'm not sure", None),
        AnyOption::Substances(Substance::Alcohol) => o("Alcohol (beer, wine, liquor)", None),
        AnyOption::Substances(Substance::Opioids) => {
            o("Opioids (heroin, fentanyl, pain pills)", None)
        }
        AnyOption::Substances(Substance::Sedatives) => o(
            "Benzos or sleeping pills",
            Some("These are sedatives. They calm you down or help you sleep. Benzos include Xanax and Valium."),
        ),
        AnyOption::Substances(Substance::Stimulants) => {
            o("Meth, cocaine or stimulant pills", None)
        }
        AnyOption::Substances(Substance::Cannabis) => o("Cannabis (weed, pot)", None),
        AnyOption::Substances(Substance::Other) => {
            o("Other drugs", Some("Any drug that is not on this list."))
        }
        AnyOption::Substances(Substance::Moud) => o(
            "I get methadone or Suboxone from a clinic or a doctor",
            Some("Suboxone is a kind of buprenorphine. Choose this if you take it now or took it in the past month, even just as prescribed."),
        ),
        AnyOption::Substances(Substance::None) => o("None of these", None),
        AnyOption::Frequency(Frequency::NotPastMonth) => o("Not in the past 30 days", None),
        AnyOption::Frequency(Frequency::LessThanWeekly) => o("Less than once a week", None),
        AnyOption::Frequency(Frequency::Weekly) => o("1–3 days a week", None),
        AnyOption::Frequency(Frequency::MostDays) => o("4–6 days a week", Some("Most days.")),
        AnyOption::Frequency(Frequency::Daily) => o("Every day (7 days a week)", None),
        AnyOption::Amount(Amount::D1_2) => o("1 or 2", None),
        AnyOption::Amount(Amount::D3_4) => o("3 or 4", None),
        AnyOption::Amount(Amount::D5_6) => o("5 or 6", None),
        AnyOption::Amount(Amount::D7_9) => o("7 to 9", None),
        AnyOption::Amount(Amount::D10Plus) => o("10 or more", None),
        AnyOption::Withdrawal(Withdrawal::None) => o("Nothing, I feel fine", None),
        AnyOption::Withdrawal(Withdrawal::Mild) => o(
            "Cravings, bad sleep, or feeling cranky or anxious",
            None,
        ),
        AnyOption::Withdrawal(Withdrawal::Strong) => o(
            "Shaking, sweating, throwing up, or a racing heart",
            None,
        ),
        AnyOption::Withdrawal(Withdrawal::Severe) => o(
            "Seizures, seeing or hearing things, or confusion",
            Some("Choose this if you have ever had a seizure, seen or heard things that were not there, or been confused after you stopped."),
        ),
        AnyOption::Withdrawal(Withdrawal::NeverStopped) => {
            o("I have never stopped or cut down", None)
        }
        AnyOption::Withdrawal(Withdrawal::NotSure) => o(
            "I'm not sure",
            Some("You have stopped or cut down, but you are not sure what happened."),
        ),
        AnyOption::Impact(Impact::MoreThanMeant) => {
            o("I drank or used more, or for longer, than I meant to", None)
        }
        AnyOption::Impact(Impact::CantCutDown) => {
            o("I wanted to cut down or stop, but I couldn't", None)
        }
        AnyOption::Impact(Impact::TimeSpent) => o(
            "I spent a lot of time getting it, using it, or getting over it",
            None,
        ),
        AnyOption::Impact(Impact::Cravings) => o("I had strong urges or cravings", None),
        AnyOption::Impact(Impact::Obligations) => {
            o("I fell behind at work, school or home", None)
        }
        AnyOption::Impact(Impact::Relationships) => o(
            "I kept drinking or using even though it caused trouble with people close to me",
            None,
        ),
        AnyOption::Impact(Impact::GaveUp) => {
            o("I gave up or cut back on things I used to enjoy", None)
        }
        AnyOption::Impact(Impact::Risky) => o(
            "I drank or used when it was risky",
            Some("Like before you drive."),
        ),
        AnyOption::Impact(Impact::HealthHarm) => o(
            "I kept drinking or using even though it hurt my body or my mood",
            None,
        ),
        AnyOption::Impact(Impact::Tolerance) => {
            o("I needed more to feel the same effect", None)
        }
        AnyOption::Impact(Impact::None) => o("None of these", None),
        AnyOption::Medical(Medical::None) => o("None of these", None),
        AnyOption::Medical(Medical::Managed) => {
            o("I have health problems that are under control", None)
        }
        AnyOption::Medical(Medical::Unstable) => o(
            "I have health problems that are not under control",
            Some("Or a health problem that needs care soon."),
        ),
        AnyOption::Medical(Medical::RecentOverdose) => {
            o("I had an overdose in the past month", None)
        }
        AnyOption::Medical(Medical::Pregnant) => o("I am pregnant", None),
        AnyOption::MentalHealth(MentalHealth::NotAtAll) => o("Not at all", None),
        AnyOption::MentalHealth(MentalHealth::Somewhat) => o(
            "Some of the time",
            Some("They bother you at times, but you can keep up with your day."),
        ),
        AnyOption::MentalHealth(MentalHealth::ALot) => o(
            "A lot",
            Some("Most days. It is hard to work, study or keep up at home."),
        ),
        AnyOption::MentalHealth(MentalHealth::Overwhelming) => o(
            "More than I can handle",
            Some("You can't manage basic needs like eating, sleeping or staying safe."),
        ),
        AnyOption::Home(Home::Supportive) => o(
            "Safe and sober",
            Some("It is safe. Nobody there drinks heavily or uses drugs."),
        ),
        AnyOption::Home(Home::OthersUse) => o(
            "Safe, but someone there drinks or uses",
            Some("It is safe, but someone you live with drinks or uses drugs."),
        ),
        AnyOption::Home(Home::Unsafe) => o(
            "Not safe, or no steady place to live",
            Some("There is violence or abuse, or you have no stable place to live."),
        ),
        AnyOption::Support(Support::Strong) => o(
            "Yes, strong support",
            Some("People you can count on to help you."),
        ),
        AnyOption::Support(Support::Some) => o("Some support", None),
        AnyOption::Support(Support::None) => o("No one right now", None),
        AnyOption::History(History::None) => o("I have not had treatment", None),
        AnyOption::History(History::SteppingDown) => o(
            "I am finishing, or just finished, a higher level of care",
            Some("Such as detox, or a stay at an inpatient or residential center. It can also be a partial hospital program (PHP)."),
        ),
        AnyOption::History(History::OutpatientNotEnough) => o(
            "I'm in weekly therapy, and it is not enough",
            None,
        ),
        AnyOption::History(History::Relapsed) => o(
            "I finished treatment before, and things came back",
            Some("Your drinking, drug use or symptoms came back."),
        ),
        AnyOption::History(History::WithdrawalCare) => o(
            "I have had detox or medical care for withdrawal before",
            None,
        ),
        AnyOption::History(History::Other) => o("Something else", None),
        AnyOption::Obligations(Obligations::Yes) => o("Yes", None),
        AnyOption::Obligations(Obligations::No) => o("No", None),
        AnyOption::Schedule(Schedule::Yes) => o("Yes", None),
        AnyOption::Schedule(Schedule::Evenings) => o("Only in the evening or on weekends", None),
        AnyOption::Schedule(Schedule::Hard) => o("That would be hard", None),
        AnyOption::Readiness(Readiness::Ready) => o("I'm ready to start", None),
        AnyOption::Readiness(Readiness::Thinking) => o("I'm thinking about it", None),
        AnyOption::Readiness(Readiness::Unsure) => o("I'm not sure yet", None),
        // Offered only when answering for someone else (issue #13).
        AnyOption::Safety(Safety::NotSure) => o("I don't know", None),
    }
}

/// What comes after a program, the same for every program level.
const AFTER_PROGRAM: &str = "Recovery is long-term. After the program, keep going with a group like AA, NA or SMART Recovery. You can also see a counselor and join an alumni group. Make a plan with your therapist to help prevent relapse.";

fn level(level: Level) -> LevelText {
    match level {
        Level::Crisis => LevelText {
            name: "Get help now",
            summary: "Your safety comes first. Reach out to a crisis line or emergency help today.",
            hours: "Right now, any time",
            expect: Expect {
                schedule: "Help is there 24 hours a day, 7 days a week. You can call or text 988, or chat online.",
                length: "There is no set length. The goal is to help you get through this moment safely.",
                services: "A trained counselor listens and helps you stay safe. They can help you find care near you. If you or someone else is in danger right now, call 911.",
                first_day: "When you call or text 988, a trained counselor answers. You can share as much or as little as you want.",
                cost: "Calling, texting or chatting with 988 is free. If you need an emergency room, go. Your safety matters more than the cost.",
                telehealth: "You can reach 988 by phone, by text, or by chat online.",
                step_down: "Once you are safe, a counselor or doctor can help you plan what comes next. That may be a treatment program.",
                after: "Keep getting care after the crisis. When you feel safer, you can take this check again to see what kind of care fits.",
            },
        },
        Level::Detox => LevelText {
            name: "Medical help to stop safely first (detox)",
            summary: "Stopping on your own could be dangerous. Get medical care for withdrawal first, then treatment.",
            hours: "Daily visits or care around the clock",
            expect: Expect {
                schedule: "It depends on your risk. A doctor may see you at a clinic while you live at home. Or you may stay at a center with care day and night. Either way, do not go through it alone.",
                length: "Detox is a short first step. How long it takes depends on what you used and how your body reacts.",
                services: "Doctors and nurses check on you as withdrawal passes. Medicine can make it safer and easier. People who need this care should not go through withdrawal alone at home. For opioids, buprenorphine or methadone are often used.",
                first_day: "A doctor or nurse will ask what you use, how much and how often. They check your health and make a plan to keep you safe.",
                cost: "Ask the program what your insurance or Medicaid covers before you start.",
                telehealth: "Detox care is mostly in person, so staff can check on you. You can ask if some visits can be by phone or video.",
                step_down: "Detox alone is not treatment. Next, you move on to a program that helps you stay well.",
                after: "Plan your next step before detox ends. Then keep going with treatment, support groups and a plan to prevent relapse.",
            },
        },
        Level::Inpatient => LevelText {
            name: "Inpatient or residential treatment",
            summary: "You live at the treatment center and get support day and night.",
            hours: "Around the clock",
            expect: Expect {
                schedule: "You live there full time. Staff are there 24 hours a day. Your days have set times for therapy, groups, meals and rest.",
                length: "It depends on your needs and the program. Ask each program how long people usually stay.",
                services: "You get hands-on care day and night. This can include therapy, groups, medical care, medicine and mental health care. It is the right place if you are not safe, need medical care or detox, or your home does not support you.",
                first_day: "Staff will ask about your health, your use and your feelings. They help you settle in and make a plan with you. Ask what to bring.",
                cost: "It costs more than programs where you live at home. Ask the program what your insurance or Medicaid covers.",
                telehealth: "Your care happens in person, where you stay. Ask if family can join some sessions by phone or video.",
                step_down: "As you get better, you can step down to a partial hospital program or an intensive outpatient program. Then you live at home and come in for care.",
                after: AFTER_PROGRAM,
            },
        },
        Level::Php => LevelText {
            name: "Partial hospitalization (PHP)",
            summary: "Care 5 to 7 days a week, 4 to 6 hours a day, while you live at home.",
            hours: "About 20–40 hours a week",
            expect: Expect {
                schedule: "You go 5 to 7 days a week, for 4 to 6 hours a day. You sleep at home each night.",
                length: "It depends on your needs. Ask the program how long people usually stay.",
                services: "This is high-intensity care. You get therapy, groups and help with medicine. It is close to full-time care, but you live at home.",
                first_day: "Staff will ask about your health, your use and your feelings. Together you make a plan for your care.",
                cost: "It costs more than an intensive outpatient program. Ask the program what your insurance or Medicaid covers.",
                telehealth: "Most care is in person. Ask if any part of it can be done by video.",
                step_down: "A PHP is often a step down after inpatient care. As you get better, you can step down to an intensive outpatient program.",
                after: AFTER_PROGRAM,
            },
        },
        Level::Iop => LevelText {
            name: "Intensive outpatient program (IOP)",
            summary: "Care 3 to 5 days a week, about 3 hours a day, while you live at home.",
            hours: "About 9–20 hours a week",
            expect: Expect {
                schedule: "Most programs meet 3 to 5 days a week, for 3 to 4 hours a day. That is about 9 to 20 hours a week. Some range from 6 to 30 hours a week. Groups may meet in the morning, afternoon or evening.",
                length: "It often lasts 6 to 12 weeks. Many people stay 8 to 10 weeks, or about 90 days.",
                services: "You get group therapy, one-on-one counseling and sometimes family therapy. You learn coping skills and how to prevent relapse. There may be drug and alcohol tests, help with medicine, case management, life skills and therapy such as CBT. Many programs have help 24 hours a day in a crisis. Many include a 12-step or other support group.",
                first_day: "You will often have a group or one-on-one session, and a visit about medicine. You also choose which days and hours you will come.",
                cost: "It often costs $250 to $400 a session, or $3,000 to $10,000 for a full program. That is less than living at a center. Many programs take private insurance or Medicaid. Some set fees by what you can pay, on a sliding scale.",
                telehealth: "Some programs offer sessions by video. Ask if this is an option for you.",
                step_down: "Many programs cut back your hours as you get better. This is called stepping down. Later, you may move to weekly counseling.",
                after: AFTER_PROGRAM,
            },
        },
        Level::Outpatient => LevelText {
            name: "Outpatient counseling",
            summary: "Counseling 1 or 2 times a week, while you keep up your daily life.",
            hours: "About 1–4 hours a week",
            expect: Expect {
                schedule: "You go 1 or 2 days a week, for 1 to 2 hours each time.",
                length: "It can go on as long as it helps. Ask your counselor what they suggest.",
                services: "You meet with a counselor, alone or in a group. You work on your goals and coping skills, and on keeping your recovery going. It takes the least time of all the programs.",
                first_day: "Your counselor will ask about your life, your use and your feelings. Together you set goals.",
                cost: "It costs the least of all the programs. Ask what your insurance or Medicaid covers.",
                telehealth: "Some counselors offer visits by video or phone. Ask if this is an option.",
                step_down: "This is often the next step after a more intensive program. If weekly visits are not enough, ask about more support.",
                after: AFTER_PROGRAM,
            },
        },
        Level::Support => LevelText {
            name: "Support and check-in",
            summary: "No program is suggested right now. Support groups, learning more and a talk with your doctor can help.",
            hours: "As often as you like",
            expect: Expect {
                schedule: "You choose when to go. Many support groups meet often, in person and online.",
                length: "There is no set length. Keep going as long as it helps you.",
                services: "You can join a support group such as AA, NA or SMART Recovery. You can learn more about alcohol, drugs and mental health. You can also talk with your doctor about how you feel.",
                first_day: "At a group, you can just listen. You do not have to speak. You can also ask your doctor for a check-in.",
                cost: "Most support groups are free. Ask if your insurance covers a visit with your doctor.",
                telehealth: "Many groups meet online or by phone. Your doctor may offer video visits.",
                step_down: "You can get more help at any time. If things change, take this check again, or talk with a doctor or counselor.",
                after: "Keep checking in with yourself. If drinking, drug use or your feelings start to get in the way, reach out for more support.",
            },
        },
    }
}

fn reason(r: Reason) -> Option<&'static str> {
    Some(match r {
        Reason::SafetyPlan => "You have a plan or mean to act on thoughts of harm, or you tried or took steps in the past 3 months. Your safety comes first.",
        Reason::SevereWithdrawalRegularUse => "You have had seizures, seen or heard things, or been confused after stopping. You still drink or use every week. Withdrawal like this can be deadly without medical care.",
        Reason::DepressantStrongWithdrawal => "Alcohol or sedatives give you strong signs when you stop, like shaking, sweating or worse. Stopping them can be dangerous without medical help.",
        Reason::DepressantOftenWithdrawal => "You drink or take sedatives on most days and have some withdrawal when you stop, or you are not sure what happened. Stopping suddenly can cause seizures, so it needs medical care.",
        Reason::DepressantOftenNeverStopped => "You drink or take sedatives on most days and have never stopped or cut down, so nobody knows yet how your body will react. Stopping suddenly can cause seizures, so plan it with a doctor.",
        Reason::HeavyDrinkingOften => "You drink on most days, and you usually have 10 or more drinks. At that amount, stopping suddenly can be dangerous even if you have felt fine before.",
        Reason::OtherOftenStrongWithdrawal => "Other drugs you use on most days give you strong signs when you stop. Medical care can make withdrawal safer and easier.",
        Reason::PregnantDepressantOften => "You are pregnant and drink or take sedatives on most days. Stopping suddenly can harm you and your baby, so it needs medical care.",
        Reason::RecentOverdose => "You had an overdose in the past month. That puts you at high risk of another one, and close care can help keep you safe.",
        Reason::MedicalUnstable => "Your health problems are not under control. With your other answers, this means your health needs close watching.",
        Reason::OutpatientNotEnough => "Weekly therapy is not enough for you right now. More frequent care can help with the needs you told us about.",
        Reason::PregnantUsingOften => "You are pregnant and drink or use on most days. Regular care helps keep you and your baby safe.",
        Reason::PregnantRelapsed => "Being pregnant makes steady care now more important. It protects you and your baby.",
        Reason::PregnantRecentUse => "You are pregnant and drank or used in the past month. Care during pregnancy protects you and your baby.",
        Reason::OpioidsOften => "With opioids on most days, the risk of an overdose is high. Medicine and counseling can help lower it.",
        Reason::DepressantOften => "Alcohol or sedatives on most days make any change risky. A doctor should help you plan it, since stopping suddenly can cause seizures.",
        Reason::MedicineVisits => "Medicine for opioid use works best with regular visits. A doctor or counselor checks in with you.",
        Reason::NothingPointsToProgram => "None of your answers pointed to a treatment program right now. Support groups and a check-in with your doctor can still help.",
        Reason::FacilitySevereWithdrawal => "Seizures or confusion after you stop are a serious sign. A place with nurses and doctors day and night is safer.",
        Reason::FacilityPregnant => "Because you are pregnant, stopping is safer with nurses and doctors nearby day and night.",
        Reason::FacilityMedicalUnstable => "Your health problems are not under control. Stopping is safer where nurses and doctors can watch you day and night.",
        Reason::FacilityRecentOverdose => "You had an overdose in the past month. Stopping is safer where nurses and doctors can watch you day and night.",
        Reason::FacilityThoughts => "You have had thoughts of harm, so stopping is safer where people can care for you day and night.",
        Reason::FacilityMentalHealthOverwhelming => "Your feelings make basic needs hard right now. Stopping is safer where people care for you day and night.",
        Reason::FacilityHomeUnsafe => "Your home is not safe or not steady, so stopping is safer in a place where you can stay for a few days.",
        Reason::FacilityNoSupport => "Nobody can stay with you right now, so stopping is safer where nurses and doctors are near day and night.",
        Reason::FacilityWithdrawalRisks => "Several answers show that withdrawal could be hard on your body, such as how much you drink or what you mix. Stopping is safer with care day and night.",
        Reason::FacilityThenInpatient => "The care that usually comes next means staying at a center. Withdrawal care can happen there too, so you stay in one place.",
        Reason::ClinicNothingPointsToFacility => "Nothing in your answers calls for a stay in a facility. A doctor can likely help you stop safely while you live at home.",
        Reason::MedicineOnMoud => "You get methadone or buprenorphine from a clinic or doctor. Keep taking it: it is the main treatment for opioid use.",
        Reason::MedicineOpioidsOften => "You use opioids most days. Medicine like buprenorphine or methadone is the main treatment: it eases withdrawal and cravings and lowers the risk of dying from an overdose.",
        Reason::MedicineOpioidSeverity => "Opioids get in your way in several of the ways you chose. Buprenorphine or methadone eases cravings. It also lowers the risk of overdose.",
        Reason::MedicineRecentOverdose => "Since you use opioids and had an overdose in the past month, buprenorphine or methadone matters: it lowers the risk of another one.",
        Reason::MedicineSteppingDown => "You use opioids and are finishing a higher level of care. Buprenorphine or methadone helps protect you from relapse and overdose when that care ends.",
        // Told by the facts they rest on (`Fact`, and the severity).
        Reason::HomeUnsafe
        | Reason::MentalHealthOverwhelming
        | Reason::ThoughtsNoSupport
        | Reason::ThoughtsHomeNotSupportive
        | Reason::SevereRelapsed
        | Reason::SevereNoSupport
        | Reason::SevereRiskyHome
        | Reason::SafetyThoughts
        | Reason::Severe
        | Reason::MentalHealthALotNoSupport
        | Reason::ModerateRiskyHome
        | Reason::ModerateNoSupport
        | Reason::ModerateRelapsed
        | Reason::Moderate
        | Reason::SevereStableStepDown
        | Reason::SteppingDownWithNeeds
        | Reason::MildNoSupport
        | Reason::MildRiskyHome
        | Reason::Mild
        | Reason::MentalHealthAlone
        | Reason::SteppingDown
        | Reason::Relapsed => return None,
    })
}

fn fact(f: Fact) -> &'static str {
    match f {
        Fact::NoSupport => "Right now, no one is supporting your recovery. Care with more contact can give you that support.",
        Fact::OthersUseAtHome => "Someone at home drinks or uses drugs. That can make it harder to cut down or stay stopped.",
        Fact::HomeUnsafe => "Your home is not safe, or you have no stable place to live. It is hard to get better without a safe place to stay.",
        Fact::Relapsed => "Your drinking, drug use or symptoms came back after treatment. That is common, and more support can help this time.",
        Fact::RelapsedSymptoms => "Your symptoms came back after treatment. That is common, and more support can help this time.",
        Fact::SteppingDown => "You are finishing, or just finished, a higher level of care. Steady care after that helps you keep your progress.",
        Fact::SafeHomeAndSupport => "You have a safe home and people who support you. That helps a lot as you get better.",
        Fact::Thoughts => "In the past month you had thoughts of ending your life, or of hurting yourself or someone else. You should not face those thoughts alone.",
    }
}

fn note(n: Note) -> &'static str {
    match n {
        Note::FlexibleSchedules => "Many programs have groups in the evening, on weekends or by video. Ask about them. Weekly counseling is easier to fit in, but it gives less support.",
        Note::MedicalLeave => "You need to keep working, studying or caring for family. Ask your employer or school about medical leave. Later, an intensive outpatient program lets you keep working.",
        Note::WorkDuringClinicDetox => "You need to keep working, studying or caring for family. Ask the doctor if you can keep working during the first days of withdrawal care.",
        Note::Teen => "Programs for teens involve a parent or guardian. They fit care around school.",
        Note::TeenMedicine => "Medicine for opioid use is also used with teens. Ask if the program offers it.",
        Note::FirstCallCommitsNothing => "Not sure yet? That is okay. A first call to ask questions does not commit you to anything.",
        Note::EatingDisorderCare => "Eating problems need special care. Ask for a program that treats eating disorders.",
        Note::CoOccurring => "Your answers show needs with both drinking or drug use and your feelings. Ask for a program that treats both together. This is called co-occurring or dual diagnosis care.",
        Note::Pregnancy => "Tell the program you are pregnant. Care during pregnancy comes first.",
        Note::PregnancyOpioids => "Do not stop opioids, methadone or buprenorphine on your own while you are pregnant. Medicine is the care doctors advise in pregnancy, and it protects your baby. Ask for a program that works with your prenatal care.",
        Note::DontStopSuddenly => "Stopping alcohol or sedatives all at once can cause seizures. Talk to a doctor before you stop or cut down.",
        Note::SedativeTaper => "A doctor can plan a slow taper off sedatives, often over weeks or months. Do not stop all at once.",
        Note::PastSevereWithdrawal => "You have had serious withdrawal before. Tell a doctor about it before you cut down or stop.",
        Note::OverdoseSafety => "After any break, your old amount can kill you. A break can be detox, treatment, jail, a hospital stay, or stopping your medicine. Carry naloxone. You can buy it without a prescription. Don't use alone. Street drugs may contain fentanyl or other drugs.",
        Note::MixingRisk => "Do not mix opioids with alcohol or sedatives. Mixing them raises your risk of overdose.",
        Note::AskAboutMedication => "Ask programs if they offer medicine to treat opioid use. Ask about buprenorphine and methadone.",
        Note::KeepTakingMedicine => "Keep taking your medicine. If you stopped it, call your clinic or doctor today. Starting again is safer than going through withdrawal.",
        Note::ClinicDetoxSafety => "Someone should stay with you for the first days. Do not drive. Call 911 for a seizure, confusion, or seeing or hearing things that are not there.",
        Note::SoberLiving => "Someone at home drinks or uses. Ask about sober living homes, where nobody drinks or uses.",
        Note::UnsafeHome => "If you are not safe at home, call the National Domestic Violence Hotline at 1-800-799-7233. Or text START to 88788. For help with housing, dial 211.",
        Note::SeeADoctor => "See a doctor soon about your health. If it is urgent, call 911 or go to an emergency room.",
        // Answering for someone else, and teens (issue #13).
        Note::CaregiverTalk => "Choose a calm moment to talk. Say what you have seen, and that you care. Listen more than you talk, and try not to blame. A family program called CRAFT teaches ways to talk that make it more likely a person starts treatment. Ask a program or a counselor about it.",
        Note::CaregiverSupport => "Support for you matters too. You can join a group for families, such as Al-Anon, Nar-Anon or SMART Recovery Family & Friends. You can also see a family therapist.",
        Note::CaregiverAdult => "An adult usually decides about their own care. You can help them find programs, make the first call together, and offer a ride.",
        Note::CaregiverTeen => "A parent or guardian can usually arrange care for a teen. Ask for a program for teens. Bring in their doctor or school counselor too.",
        Note::CaregiverNotReady => "Many people accept help later when family keeps the door open. Keep talking with them, and take care of yourself too.",
        Note::CaregiverNaloxone => "Learn the signs of an overdose, such as slow or no breathing, blue lips, or not waking up. Keep naloxone (Narcan) where you can reach it, and learn how to give it. Call 911.",
        Note::TeenSchool => "Ask your school about a plan while you get care. This could be home study or a lighter schedule.",
        Note::TeenPrivacy => "What you tell a counselor is usually kept private. There are limits when someone is in danger. Ask about the rules where you live. A school counselor or a trusted adult can help you make the first call.",
    }
}

fn setting(s: Setting) -> SettingText {
    match s {
        Setting::Clinic => SettingText {
            name: "at a clinic, while you live at home",
            expect: "A doctor or nurse checks how risky stopping is for you. They may give you medicine to keep withdrawal safe. They see you or call you often, often every day, for the first days. For sedatives, you cut down slowly over weeks or months instead. Someone should stay with you. Ask for care in a facility instead if you have ever had a seizure or DTs, are pregnant, have serious health problems, or have no one to stay with you. Treatment goes on at the next level, and it can start during withdrawal care.",
        },
        Setting::Facility => SettingText {
            name: "in a facility with care day and night",
            expect: "You stay for a few days. Nurses and doctors watch you day and night and give you medicine to keep withdrawal safe. After that, treatment goes on at the next level.",
        },
    }
}

fn asam(a: Asam) -> &'static str {
    match a {
        Asam::Crisis => "none: get emergency or crisis help first",
        Asam::None => "no treatment level (1.0 for someone in recovery)",
        Asam::L1_5 => "1.5",
        Asam::L1_7 => "1.7",
        Asam::L2_1 => "2.1",
        Asam::L2_5 => "2.5",
        Asam::L2_7 => "2.7",
        Asam::L3_1Or3_5 => "3.1 or 3.5",
        Asam::L3_7 => "3.7",
        Asam::L3_7Or4 => "3.7, or 4 in a hospital",
    }
}

static UI: Ui = Ui {
    title: "CareFit: find the care that fits you",
    lang_name: "English",
    lang_switch_label: "Language",
    start_heading: "What kind of care might help you?",
    start_body: "Answer up to 16 short questions about drinking, drug use, your feelings and your life. It takes about 3 minutes. You will get a suggestion for the kind of care that may fit, and what to expect there. This is not a diagnosis. You can stop at any time.",
    start_private: "Your answers stay on this device. Nothing is sent or saved. They are gone when you close the page or start over.",
    start_button: "Start",
    continue_button: "Continue",
    back: "Back",
    progress_question: "Question",
    progress_of: "of",
    error_title: "There is a problem",
    error_pick_one: "Choose one answer",
    error_pick_any: "Choose all that apply, or choose \"None of these\"",
    error_prefix: "Error:",
    or: "or",
    exit_button: "Exit this page",
    exit_hint: "To leave fast, press the Shift key 3 times.",
    panel_thoughts_heading: "Thank you for telling us",
    panel_thoughts_988: "You can call or text 988 any time, day or night. You can also chat online. Someone will listen.",
    panel_thoughts_means: "If you can, put distance between you and things you could use to hurt yourself. This includes guns and stored medicines.",
    panel_thoughts_911: "If you might act on thoughts of hurting someone, call 911 now.",
    panel_thoughts_go_on: "When you are ready, you can go on with the questions.",
    panel_withdrawal_heading: "Please do not stop suddenly on your own",
    panel_withdrawal_body: "Stopping all at once can be dangerous. It can cause seizures or other serious problems. Talk to a doctor before you stop or cut down.",
    check_heading: "Check your answers",
    check_change: "Change",
    check_change_hidden: "your answer to:",
    check_submit: "See your result",
    result_kicker: "Our suggestion for you",
    result_then: "After that, care usually goes on with:",
    continuum_heading: "Where this fits",
    continuum_home: "You live at home",
    continuum_stay: "You stay at the center",
    continuum_you: "Suggested for you",
    continuum_after_detox: "After detox",
    setting_heading: "Where:",
    medicine_heading: "Medicine for opioid use",
    medicine_body: "Buprenorphine (such as Suboxone) or methadone is the main treatment for opioid use. It eases withdrawal and cravings. It also lowers the risk of dying from an overdose.",
    medicine_how: "What it is and how to start",
    medicine_start: "You do not need detox first. You can often start within days: at a doctor's office or clinic, at an opioid treatment program (for methadone), by video visit, or in an emergency room. It goes along with the care suggested here. Ask if the program offers it or can connect you fast. In pregnancy, it is the care doctors advise.",
    medicine_on_moud: "You already take it: keep taking it.",
    medicine_warning: "A seizure, confusion, or seeing or hearing things after stopping is not usual opioid withdrawal. Street drugs can hide sedatives. Call 911.",
    asam_label: "For intake staff: the closest level in the ASAM Criteria, 4th edition, is",
    asam_medication: "+ addiction medication (dimension 1)",
    asam_not_assessment: "This is not an ASAM assessment.",
    why_heading: "Why we suggest this",
    why_also_heading: "Also, from your answers",
    sev_sub_chose: "You chose",
    sev_sub_of: "of the 10 ways",
    sev_sub_rest: "can get in the way of life",
    sev_drinking: "drinking",
    sev_drugs: "drug use",
    sev_drinking_or_drugs: "drinking or drug use",
    sev_withdrawal: ", and you have withdrawal signs when you stop",
    sev_mh: "Your feelings get in the way",
    sev_mh_also: "Your feelings also get in the way",
    sev_mh_somewhat: "at times",
    sev_mh_a_lot: "on most days",
    sev_mh_overwhelming: "so much that eating, sleeping or staying safe is hard",
    sev_why_mild: "Talking with a counselor can help.",
    sev_why_moderate: "Regular care with a set plan can help.",
    sev_why_severe: "That calls for a lot of support.",
    find_heading: "Find treatment near you",
    result_988_heading: "You can talk to someone now",
    line_samhsa_short: "finds treatment; not a crisis line. Free, 24/7.",
    expect_heading: "What to expect",
    notes_safety_heading: "To stay safe",
    notes_heading: "Good to know",
    center_fallback_name: "This center",
    center_offers: "offers this kind of care.",
    center_not_offered: "does not list this kind of care. Ask them what they suggest, or call the SAMHSA helpline.",
    center_contact: "Contact them online",
    privacy_link: "How we protect your privacy",
    other_levels_heading: "Other kinds of care to ask about",
    other_levels_up: "With more support:",
    other_levels_down: "With less support:",
    other_levels_setting: "Withdrawal care can also happen",
    other_levels_then: "After withdrawal care:",
    questions_heading: "Questions to ask a program",
    not_a_diagnosis: "This is a starting point for a talk with a professional. It is not a diagnosis or a treatment decision.",
    keep_heading: "Keep this result",
    print_button: "Print or save as PDF",
    copy_button: "Copy as text",
    copied: "Copied. You can paste it into a message or a note.",
    copy_failed: "Copying did not work here. You can print or save as PDF instead.",
    start_over_button: "Start over",
    start_over_hint: "This clears all your answers.",
    summary_answers: "Your answers",
    summary_result: "Result",
    crisis_heading: "Need help now?",
    line_988_name: "988 Suicide & Crisis Lifeline",
    line_988_what: "For any crisis, or thoughts of suicide. It is free and open 24/7.",
    line_988_language: "Help is also there in Spanish and other languages.",
    call: "Call",
    text: "Text",
    chat: "Chat online",
    line_911_name: "911 or the nearest emergency room",
    line_911_what: "If you or someone else is in danger right now.",
    line_samhsa_name: "SAMHSA National Helpline",
    line_samhsa_what: "For help finding treatment near you. It is not a crisis line. It is free, private and open 24/7.",
    expect_schedule: "Days and hours",
    expect_length: "How long it lasts",
    expect_services: "What happens there",
    expect_first_day: "Your first day",
    expect_cost: "Cost and insurance",
    expect_telehealth: "Video and phone visits",
    expect_step_down: "Stepping down",
    expect_after: "What comes after",
    expect_group_when: "When and for how long",
    expect_group_what: "What you do there",
    expect_group_cost: "Cost, insurance and video visits",
    expect_group_later: "Later on",
    questions_to_ask: [
        "Do you take my insurance or Medicaid? Do you have fees based on income?",
        "What days and times do you meet? Do you have evening or video groups?",
        "Do you treat drinking or drug use and mental health together?",
        "Do you offer medicine to help with cravings or withdrawal?",
        "What happens on the first day, and how soon can I start?",
        "How will we decide when I am ready for less care, and what support comes after?",
    ],
    // Answering for someone else (issue #13).
    who_legend: "Who are you answering for?",
    who_self: "Myself",
    who_other: "Someone I care about",
    who_other_hint: "Such as a child, partner, parent or friend. Answer with what you have seen or know.",
    who_short: "Answering for",
    panel_helper_heading: "Ways to help keep them safe",
    panel_helper_988: "You can call or text 988 any time to get advice on how to help someone.",
    panel_helper_ask: "Ask them in a calm way if they are thinking of suicide. Asking does not put the idea in their head.",
    panel_helper_means: "Keep guns and stored medicines away from them.",
    panel_helper_911: "If they might act now, call 911.",
    crisis_helper_heading: "How to help them right now",
    crisis_helper_911: "If they are in danger now, call 911.",
    crisis_helper_988: "Call or text 988. You can call for someone else.",
    crisis_helper_stay: "Stay with them if it is safe for you.",
    crisis_helper_means: "Take away guns and medicines, or keep them out of reach.",
};
