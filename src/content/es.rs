//! Spanish texts (US Spanish, addressing the reader as *usted*). The same
//! content as `en.rs`, with the terms of `shared/spec/glossary-es.md`: short
//! sentences, warm, about a grade 6–8 reading level.

use super::{o, q, Expect, Fact, LevelText, OptionText, QuestionText, SettingText, Texts, Ui};
use crate::engine::*;

/// The Spanish texts.
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
            "¿Ha tenido pensamientos de quitarse la vida, o de hacerse daño o hacerle daño a otra persona?",
            Some("Piense en el último mes. Si en los últimos 3 meses intentó hacerlo, o dio pasos para hacerlo, elija la última respuesta."),
            "Pensamientos de hacer daño",
        ),
        QuestionId::Age => q("¿Qué edad tiene?", None, "Su edad"),
        QuestionId::Focus => q(
            "¿Qué le trae aquí hoy?",
            Some("Elija lo que más le importa en este momento."),
            "Qué le trae aquí",
        ),
        QuestionId::Substances => q(
            "En los últimos 12 meses, ¿cuáles de estas sustancias ha consumido?",
            Some("Elija todas las que correspondan. En las primeras seis, cuente un medicamento solo si lo tomó de una forma o en una cantidad que no le recetaron. Si una clínica o un médico le da metadona o buprenorfina, elija esa respuesta, aunque la tome tal como se la recetaron."),
            "Lo que consumió",
        ),
        QuestionId::Frequency => q(
            "En los últimos 30 días, ¿con qué frecuencia bebió alcohol o consumió drogas?",
            Some("Si consumió más de una cosa, responda por la que más consumió."),
            "Con qué frecuencia",
        ),
        QuestionId::Amount => q(
            "Los días que bebe alcohol, ¿cuántas bebidas toma por lo general?",
            Some("Una bebida es una lata de cerveza, una copa de vino o un trago de licor."),
            "Bebidas al día",
        ),
        QuestionId::Withdrawal => q(
            "¿Qué le pasa cuando consume menos o deja de consumir?",
            Some("Piense en las veces que bebió o consumió menos, o que dejó de hacerlo. Elija la respuesta que describa el peor momento."),
            "Al dejar de consumir",
        ),
        QuestionId::Impact => q(
            "En los últimos 12 meses, ¿le pasó algo de esto por beber alcohol o consumir drogas?",
            Some("Elija todas las que correspondan."),
            "Cómo le afectó",
        ),
        QuestionId::Medical => q(
            "¿Alguna de estas opciones describe su salud en este momento?",
            Some("Elija todas las que correspondan."),
            "Su salud",
        ),
        QuestionId::MentalHealth => q(
            "¿Cuánto le afectan en su vida diaria emociones como la tristeza, la preocupación, el pánico o los cambios de humor?",
            None,
            "Sus emociones",
        ),
        QuestionId::Home => q("¿Cómo es su hogar en este momento?", None, "Su hogar"),
        QuestionId::Support => q(
            "¿Tiene personas que apoyen su recuperación?",
            Some("Pueden ser familiares, amigos, un padrino o una madrina, o un grupo de apoyo."),
            "Quién le apoya",
        ),
        QuestionId::History => q(
            "¿Qué describe el tratamiento que ha tenido hasta ahora?",
            Some("Elija todas las que correspondan."),
            "Tratamiento anterior",
        ),
        QuestionId::Obligations => q(
            "Durante el tratamiento, ¿necesita seguir trabajando, estudiando o cuidando a su familia?",
            None,
            "Trabajo, escuela o familia",
        ),
        QuestionId::Schedule => q(
            "¿Podría ir a tratamiento de 3 a 5 días a la semana, unas 3 horas cada vez?",
            None,
            "Tiempo para el tratamiento",
        ),
        QuestionId::Readiness => q(
            "¿Cómo se siente acerca de empezar a recibir ayuda?",
            None,
            "Ganas de empezar",
        ),
    }
}

fn option(opt: AnyOption) -> OptionText {
    match opt {
        AnyOption::Safety(Safety::No) => o("No", None),
        AnyOption::Safety(Safety::Thoughts) => o(
            "Sí, he tenido pensamientos, pero no tengo un plan",
            Some("En el último mes, tuvo pensamientos de quitarse la vida o de hacerse daño, o de hacerle daño a alguien. No tenía un plan."),
        ),
        AnyOption::Safety(Safety::Plan) => o(
            "Sí, tengo un plan, o lo he intentado",
            Some("En el último mes, hizo un plan o tuvo la intención de actuar. O en los últimos 3 meses, lo intentó o dio pasos para hacerlo."),
        ),
        AnyOption::Age(Age::Teen) => o("Menos de 18 años", None),
        AnyOption::Age(Age::Adult) => o("18 años o más", None),
        AnyOption::Focus(Focus::Alcohol) => o("Mi consumo de alcohol", None),
        AnyOption::Focus(Focus::Drugs) => o("Mi consumo de drogas", None),
        AnyOption::Focus(Focus::Both) => o("Mi consumo de alcohol y de drogas", None),
        AnyOption::Focus(Focus::MentalHealth) => o(
            "Mi salud mental",
            Some("Por ejemplo, tristeza, preocupación, pánico o cambios de humor."),
        ),
        AnyOption::Focus(Focus::Eating) => o(
            "La comida, la forma de comer o el peso",
            Some("Por ejemplo, comer muy poco, comer mucho y sentir que pierde el control, o provocarse el vómito."),
        ),
        AnyOption::Focus(Focus::Unsure) => o("No lo sé", None),
        AnyOption::Substances(Substance::Alcohol) => o("Alcohol (cerveza, vino, licor)", None),
        AnyOption::Substances(Substance::Opioids) => {
            o("Opioides (heroína, fentanilo, pastillas para el dolor)", None)
        }
        AnyOption::Substances(Substance::Sedatives) => o(
            "Benzos o pastillas para dormir",
            Some("Son sedantes. Le calman o le ayudan a dormir. Las benzos (benzodiazepinas) incluyen Xanax y Valium."),
        ),
        AnyOption::Substances(Substance::Stimulants) => {
            o("Metanfetamina, cocaína o pastillas estimulantes", None)
        }
        AnyOption::Substances(Substance::Cannabis) => o("Cannabis (marihuana, mota)", None),
        AnyOption::Substances(Substance::Other) => {
            o("Otras drogas", Some("Cualquier droga que no esté en esta lista."))
        }
        AnyOption::Substances(Substance::Moud) => o(
            "Recibo metadona o Suboxone de una clínica o un médico",
            Some("Suboxone es un tipo de buprenorfina. Elija esta respuesta si toma este medicamento ahora o lo tomó en el último mes, incluso tal como se lo recetaron."),
        ),
        AnyOption::Substances(Substance::None) => o("Ninguna de estas", None),
        AnyOption::Frequency(Frequency::NotPastMonth) => {
            o("Ninguna vez en los últimos 30 días", None)
        }
        AnyOption::Frequency(Frequency::LessThanWeekly) => {
            o("Menos de una vez a la semana", None)
        }
        AnyOption::Frequency(Frequency::Weekly) => o("1 a 3 días a la semana", None),
        AnyOption::Frequency(Frequency::MostDays) => {
            o("4 a 6 días a la semana", Some("Casi todos los días."))
        }
        AnyOption::Frequency(Frequency::Daily) => o("Todos los días (7 días a la semana)", None),
        AnyOption::Amount(Amount::D1_2) => o("1 o 2", None),
        AnyOption::Amount(Amount::D3_4) => o("3 o 4", None),
        AnyOption::Amount(Amount::D5_6) => o("5 o 6", None),
        AnyOption::Amount(Amount::D7_9) => o("De 7 a 9", None),
        AnyOption::Amount(Amount::D10Plus) => o("10 o más", None),
        AnyOption::Withdrawal(Withdrawal::None) => o("Nada, me siento bien", None),
        AnyOption::Withdrawal(Withdrawal::Mild) => o(
            "Deseo intenso de consumir, problemas para dormir, irritabilidad o ansiedad",
            None,
        ),
        AnyOption::Withdrawal(Withdrawal::Strong) => o(
            "Temblores, sudor, vómitos o el corazón acelerado",
            None,
        ),
        AnyOption::Withdrawal(Withdrawal::Severe) => o(
            "Convulsiones, ver u oír cosas, o confusión",
            Some("Elija esta respuesta si alguna vez tuvo una convulsión, vio u oyó cosas que no estaban ahí, o tuvo confusión después de dejar de consumir."),
        ),
        AnyOption::Withdrawal(Withdrawal::NeverStopped) => {
            o("Nunca he dejado de consumir ni he consumido menos", None)
        }
        AnyOption::Withdrawal(Withdrawal::NotSure) => o(
            "No lo sé",
            Some("Ha dejado de consumir o ha consumido menos, pero no sabe bien qué le pasó."),
        ),
        AnyOption::Impact(Impact::MoreThanMeant) => o(
            "Bebí o consumí más, o por más tiempo, de lo que quería",
            None,
        ),
        AnyOption::Impact(Impact::CantCutDown) => {
            o("Quise consumir menos o dejar de consumir, pero no pude", None)
        }
        AnyOption::Impact(Impact::TimeSpent) => o(
            "Pasé mucho tiempo consiguiéndolo, consumiéndolo o recuperándome de sus efectos",
            None,
        ),
        AnyOption::Impact(Impact::Cravings) => {
            o("Sentí ganas muy fuertes o un deseo intenso de consumir", None)
        }
        AnyOption::Impact(Impact::Obligations) => {
            o("Me atrasé con mis deberes en el trabajo, la escuela o la casa", None)
        }
        AnyOption::Impact(Impact::Relationships) => o(
            "Seguí bebiendo o consumiendo aunque me causaba problemas con personas cercanas",
            None,
        ),
        AnyOption::Impact(Impact::GaveUp) => {
            o("Dejé de hacer cosas que antes disfrutaba, o las hice menos", None)
        }
        AnyOption::Impact(Impact::Risky) => o(
            "Bebí o consumí en momentos en que era peligroso",
            Some("Por ejemplo, antes de manejar."),
        ),
        AnyOption::Impact(Impact::HealthHarm) => o(
            "Seguí bebiendo o consumiendo aunque le hacía daño a mi cuerpo o a mi estado de ánimo",
            None,
        ),
        AnyOption::Impact(Impact::Tolerance) => {
            o("Necesitaba más cantidad para sentir el mismo efecto", None)
        }
        AnyOption::Impact(Impact::None) => o("Ninguna de estas", None),
        AnyOption::Medical(Medical::None) => o("Ninguna de estas", None),
        AnyOption::Medical(Medical::Managed) => {
            o("Tengo problemas de salud que están bajo control", None)
        }
        AnyOption::Medical(Medical::Unstable) => o(
            "Tengo problemas de salud que no están bajo control",
            Some("O un problema de salud que necesita atención pronto."),
        ),
        AnyOption::Medical(Medical::RecentOverdose) => {
            o("Tuve una sobredosis en el último mes", None)
        }
        AnyOption::Medical(Medical::Pregnant) => o("Estoy embarazada", None),
        AnyOption::MentalHealth(MentalHealth::NotAtAll) => o("Nada", None),
        AnyOption::MentalHealth(MentalHealth::Somewhat) => o(
            "A veces",
            Some("Le molestan de vez en cuando, pero puede seguir con su día."),
        ),
        AnyOption::MentalHealth(MentalHealth::ALot) => o(
            "Mucho",
            Some("Casi todos los días. Le cuesta trabajar, estudiar o cumplir con lo de la casa."),
        ),
        AnyOption::MentalHealth(MentalHealth::Overwhelming) => o(
            "Más de lo que puedo manejar",
            Some("No puede cubrir necesidades básicas como comer, dormir o mantenerse a salvo."),
        ),
        AnyOption::Home(Home::Supportive) => o(
            "Seguro y sin alcohol ni drogas",
            Some("Es un lugar seguro. Nadie ahí bebe en exceso ni consume drogas."),
        ),
        AnyOption::Home(Home::OthersUse) => o(
            "Seguro, pero alguien ahí bebe o consume drogas",
            Some("Es un lugar seguro, pero alguien con quien vive bebe o consume drogas."),
        ),
        AnyOption::Home(Home::Unsafe) => o(
            "No es seguro, o no tengo un lugar fijo donde vivir",
            Some("Hay violencia o abuso, o usted no tiene un lugar estable donde vivir."),
        ),
        AnyOption::Support(Support::Strong) => o(
            "Sí, mucho apoyo",
            Some("Personas con las que puede contar para que le ayuden."),
        ),
        AnyOption::Support(Support::Some) => o("Algo de apoyo", None),
        AnyOption::Support(Support::None) => o("Nadie en este momento", None),
        AnyOption::History(History::None) => o("No he recibido tratamiento", None),
        AnyOption::History(History::SteppingDown) => o(
            "Estoy terminando, o acabo de terminar, un nivel de atención más alto",
            Some("Por ejemplo, manejo de la abstinencia (desintoxicación), o una estancia en un centro de tratamiento hospitalario o residencial. También puede ser un programa de hospitalización parcial (PHP)."),
        ),
        AnyOption::History(History::OutpatientNotEnough) => o(
            "Voy a terapia cada semana, y no es suficiente",
            None,
        ),
        AnyOption::History(History::Relapsed) => o(
            "Terminé un tratamiento antes, y los problemas volvieron",
            Some("Volvió su consumo de alcohol o drogas, o volvieron sus síntomas."),
        ),
        AnyOption::History(History::WithdrawalCare) => o(
            "Antes recibí manejo de la abstinencia (desintoxicación) o atención médica por síntomas de abstinencia",
            None,
        ),
        AnyOption::History(History::Other) => o("Otra cosa", None),
        AnyOption::Obligations(Obligations::Yes) => o("Sí", None),
        AnyOption::Obligations(Obligations::No) => o("No", None),
        AnyOption::Schedule(Schedule::Yes) => o("Sí", None),
        AnyOption::Schedule(Schedule::Evenings) => {
            o("Solo en las noches o los fines de semana", None)
        }
        AnyOption::Schedule(Schedule::Hard) => o("Eso sería difícil", None),
        AnyOption::Readiness(Readiness::Ready) => o("Quiero empezar ya", None),
        AnyOption::Readiness(Readiness::Thinking) => o("Lo estoy pensando", None),
        AnyOption::Readiness(Readiness::Unsure) => o("Todavía no lo sé", None),
        // Solo al responder por otra persona (issue #13).
        AnyOption::Safety(Safety::NotSure) => o("No lo sé", None),
    }
}

/// What comes after a program, the same for every program level.
const AFTER_PROGRAM: &str = "La recuperación es a largo plazo. Después del programa, siga asistiendo a un grupo como Alcohólicos Anónimos (AA), Narcóticos Anónimos (NA) o SMART Recovery. También puede ver a un consejero y unirse a un grupo de egresados del programa. Con su terapeuta, haga un plan de prevención de recaídas.";

fn level(level: Level) -> LevelText {
    match level {
        Level::Crisis => LevelText {
            name: "Busque ayuda ahora",
            summary: "Su seguridad es lo primero. Comuníquese hoy con una línea de crisis o con servicios de emergencia.",
            hours: "Ahora mismo, a cualquier hora",
            expect: Expect {
                schedule: "Hay ayuda las 24 horas del día, los 7 días de la semana. Puede llamar o enviar un mensaje de texto al 988, o chatear en línea.",
                length: "No hay un tiempo fijo. La meta es ayudarle a pasar este momento de forma segura.",
                services: "Un consejero capacitado le escucha y le ayuda a mantenerse a salvo. Le puede ayudar a encontrar atención cerca de usted. Si usted u otra persona está en peligro ahora mismo, llame al 911.",
                first_day: "Cuando usted llama o envía un mensaje de texto al 988, le contesta un consejero capacitado. Puede contar tanto o tan poco como quiera.",
                cost: "Llamar, enviar mensajes de texto o chatear con el 988 es gratis. Si necesita ir a una sala de emergencias, vaya. Su seguridad importa más que el costo.",
                telehealth: "Puede comunicarse con el 988 por teléfono, por mensaje de texto o por chat en línea.",
                step_down: "Cuando ya esté a salvo, un consejero o un médico le puede ayudar a planear lo que sigue. Puede ser un programa de tratamiento.",
                after: "Siga recibiendo atención después de la crisis. Cuando se sienta más a salvo, puede volver a responder este cuestionario para ver qué tipo de atención le conviene.",
            },
        },
        Level::Detox => LevelText {
            name: "Primero, ayuda médica para dejar de consumir con seguridad: manejo de la abstinencia (desintoxicación)",
            summary: "Dejar de consumir por su cuenta podría ser peligroso. Primero reciba atención médica para los síntomas de abstinencia. Después, siga con un tratamiento.",
            hours: "Visitas diarias o atención las 24 horas",
            expect: Expect {
                schedule: "Depende de su riesgo. Un médico puede atenderle en una clínica mientras usted vive en casa. O puede quedarse en un centro con atención de día y de noche. De cualquier forma, no pase por esto sin ayuda.",
                length: "El manejo de la abstinencia (desintoxicación) es un primer paso corto. Cuánto dura depende de lo que consumió y de cómo reacciona su cuerpo.",
                services: "Médicos y enfermeras le revisan mientras pasan los síntomas de abstinencia. Los medicamentos pueden hacerlo más seguro y más fácil. Si usted necesita esta atención, no pase por los síntomas de abstinencia en casa sin ayuda. Para los opioides, se usan a menudo la buprenorfina o la metadona.",
                first_day: "Un médico o una enfermera le preguntará qué consume, cuánto y con qué frecuencia. Revisan su salud y hacen un plan para que usted esté a salvo.",
                cost: "Antes de empezar, pregunte en el programa qué cubre su seguro médico o Medicaid.",
                telehealth: "El manejo de la abstinencia es sobre todo en persona, para que el personal le pueda revisar. Puede preguntar si algunas citas pueden ser por teléfono o por video.",
                step_down: "El manejo de la abstinencia por sí solo no es un tratamiento. Después, usted pasa a un programa que le ayuda a mantenerse bien.",
                after: "Planee su próximo paso antes de que termine el manejo de la abstinencia. Luego siga con el tratamiento, los grupos de apoyo y un plan de prevención de recaídas.",
            },
        },
        Level::Inpatient => LevelText {
            name: "Tratamiento hospitalario o residencial",
            summary: "Usted vive en el centro de tratamiento y recibe apoyo de día y de noche.",
            hours: "Las 24 horas del día",
            expect: Expect {
                schedule: "Usted vive ahí a tiempo completo. Hay personal las 24 horas del día. Sus días tienen horarios fijos para la terapia, los grupos, las comidas y el descanso.",
                length: "Depende de sus necesidades y del programa. Pregunte en cada programa cuánto tiempo suelen quedarse las personas.",
                services: "Recibe atención directa de día y de noche. Puede incluir terapia, grupos, atención médica, medicamentos y atención de salud mental. Es el lugar indicado si usted no está a salvo, si necesita atención médica o manejo de la abstinencia (desintoxicación), o si su hogar no le apoya.",
                first_day: "El personal le preguntará sobre su salud, su consumo y sus emociones. Le ayudan a instalarse y hacen un plan con usted. Pregunte qué debe llevar.",
                cost: "Cuesta más que los programas en los que usted vive en casa. Pregunte en el programa qué cubre su seguro médico o Medicaid.",
                telehealth: "Su atención es en persona, en el lugar donde se queda. Pregunte si su familia puede participar en algunas sesiones por teléfono o por video.",
                step_down: "A medida que mejore, puede pasar a un programa de hospitalización parcial o a un programa ambulatorio intensivo. Así vive en casa y va al centro para recibir atención.",
                after: AFTER_PROGRAM,
            },
        },
        Level::Php => LevelText {
            name: "Hospitalización parcial (PHP)",
            summary: "Atención de 5 a 7 días a la semana, de 4 a 6 horas al día, mientras usted vive en casa.",
            hours: "Unas 20 a 40 horas a la semana",
            expect: Expect {
                schedule: "Usted va de 5 a 7 días a la semana, de 4 a 6 horas al día. Duerme en casa todas las noches.",
                length: "Depende de sus necesidades. Pregunte en el programa cuánto tiempo suelen quedarse las personas.",
                services: "Es atención de alta intensidad. Recibe terapia, grupos y ayuda con sus medicamentos. Es casi como una atención de tiempo completo, pero usted vive en casa.",
                first_day: "El personal le preguntará sobre su salud, su consumo y sus emociones. Juntos hacen un plan para su atención.",
                cost: "Cuesta más que un programa ambulatorio intensivo. Pregunte en el programa qué cubre su seguro médico o Medicaid.",
                telehealth: "La mayor parte de la atención es en persona. Pregunte si alguna parte se puede hacer por video.",
                step_down: "Muchas personas llegan a un PHP después de un tratamiento hospitalario, para seguir con menos horas. A medida que mejore, puede pasar a un programa ambulatorio intensivo.",
                after: AFTER_PROGRAM,
            },
        },
        Level::Iop => LevelText {
            name: "Programa ambulatorio intensivo (IOP)",
            summary: "Atención de 3 a 5 días a la semana, unas 3 horas al día, mientras usted vive en casa.",
            hours: "Unas 9 a 20 horas a la semana",
            expect: Expect {
                schedule: "La mayoría de los programas se reúnen de 3 a 5 días a la semana, de 3 a 4 horas al día. Son unas 9 a 20 horas a la semana. En algunos programas, son de 6 a 30 horas. Los grupos pueden ser en la mañana, en la tarde o en la noche.",
                length: "Suele durar de 6 a 12 semanas. Muchas personas se quedan de 8 a 10 semanas, o unos 90 días.",
                services: "Recibe terapia de grupo, consejería individual y, a veces, terapia familiar. Aprende formas de afrontar los problemas y de prevenir una recaída. Puede haber pruebas de drogas y alcohol, ayuda con los medicamentos, gestión de casos, habilidades para la vida diaria y terapias como la terapia cognitivo-conductual. Muchos programas tienen ayuda las 24 horas en caso de crisis. Muchos incluyen un grupo de 12 pasos u otro grupo de apoyo.",
                first_day: "A menudo tendrá una sesión de grupo o individual, y una cita sobre sus medicamentos. También elige qué días y a qué horas va a ir.",
                cost: "Suele costar de $250 a $400 por sesión, o de $3,000 a $10,000 por el programa completo. Eso es menos que vivir en un centro. Muchos programas aceptan seguro médico privado o Medicaid. Algunos cobran según lo que usted puede pagar (tarifas según sus ingresos).",
                telehealth: "Algunos programas ofrecen sesiones por video (telesalud). Pregunte si es una opción para usted.",
                step_down: "Muchos programas reducen sus horas a medida que usted mejora. Esto se llama pasar a un nivel de atención menos intensivo. Más adelante, puede pasar a consejería una vez por semana.",
                after: AFTER_PROGRAM,
            },
        },
        Level::Outpatient => LevelText {
            name: "Consejería (atención ambulatoria)",
            summary: "Consejería 1 o 2 veces por semana, mientras usted sigue con su vida diaria.",
            hours: "Alrededor de 1 a 4 horas a la semana",
            expect: Expect {
                schedule: "Usted va 1 o 2 días a la semana, de 1 a 2 horas cada vez.",
                length: "Puede seguir todo el tiempo que le ayude. Pregúntele a su consejero qué le sugiere.",
                services: "Se reúne con un consejero, a solas o en grupo. Trabaja en sus metas, en cómo manejar los problemas y en mantener su recuperación. Es el programa que toma menos tiempo de todos.",
                first_day: "Su consejero le preguntará sobre su vida, su consumo y sus emociones. Juntos fijan metas.",
                cost: "Es el programa que cuesta menos de todos. Pregunte qué cubre su seguro médico o Medicaid.",
                telehealth: "Algunos consejeros ofrecen citas por video o por teléfono. Pregunte si es una opción.",
                step_down: "Suele ser el siguiente paso después de un programa más intensivo. Si las citas semanales no son suficientes, pregunte por más apoyo.",
                after: AFTER_PROGRAM,
            },
        },
        Level::Support => LevelText {
            name: "Apoyo y seguimiento",
            summary: "Por ahora no se sugiere ningún programa. Los grupos de apoyo, aprender más y hablar con su médico le pueden ayudar.",
            hours: "Con la frecuencia que usted quiera",
            expect: Expect {
                schedule: "Usted decide cuándo ir. Muchos grupos de apoyo se reúnen seguido, en persona y en línea.",
                length: "No hay un tiempo fijo. Siga yendo mientras le ayude.",
                services: "Puede unirse a un grupo de apoyo como Alcohólicos Anónimos (AA), Narcóticos Anónimos (NA) o SMART Recovery. Puede aprender más sobre el alcohol, las drogas y la salud mental. También puede hablar con su médico sobre cómo se siente.",
                first_day: "En un grupo, puede solo escuchar. No tiene que hablar. También puede pedirle a su médico una cita para ver cómo está.",
                cost: "La mayoría de los grupos de apoyo son gratis. Pregunte si su seguro médico cubre una cita con su médico.",
                telehealth: "Muchos grupos se reúnen en línea o por teléfono. Su médico tal vez ofrezca citas por video.",
                step_down: "Puede buscar más ayuda en cualquier momento. Si las cosas cambian, vuelva a responder este cuestionario, o hable con un médico o un consejero.",
                after: "Siga poniendo atención a cómo se siente. Si el alcohol, las drogas o sus emociones empiezan a afectar su vida, busque más apoyo.",
            },
        },
    }
}

fn reason(r: Reason) -> Option<&'static str> {
    Some(match r {
        Reason::SafetyPlan => "Usted tiene un plan o la intención de actuar según sus pensamientos de hacer daño, o en los últimos 3 meses lo intentó o dio pasos para hacerlo. Su seguridad es lo primero.",
        Reason::SevereWithdrawalRegularUse => "Usted ha tenido convulsiones, ha visto u oído cosas, o ha tenido confusión después de dejar de consumir. Todavía bebe o consume cada semana. Sin atención médica, estos síntomas de abstinencia pueden poner su vida en peligro.",
        Reason::DepressantStrongWithdrawal => "El alcohol o los sedantes le dan síntomas fuertes cuando los deja, como temblores, sudor o algo peor. Dejarlos sin ayuda médica puede ser peligroso.",
        Reason::DepressantOftenWithdrawal => "Usted bebe alcohol o toma sedantes casi todos los días y tiene algunos síntomas de abstinencia cuando los deja, o no sabe bien qué le pasó. Dejarlos de golpe puede causar convulsiones, por eso necesita atención médica.",
        Reason::DepressantOftenNeverStopped => "Usted bebe alcohol o toma sedantes casi todos los días y nunca los ha dejado ni ha bajado la cantidad, así que nadie sabe todavía cómo reaccionará su cuerpo. Dejarlos de golpe puede causar convulsiones, por eso planéelo con un médico.",
        Reason::HeavyDrinkingOften => "Usted bebe casi todos los días, y por lo general toma 10 bebidas o más. Con esa cantidad, dejar de beber de golpe puede ser peligroso, aunque antes se haya sentido bien.",
        Reason::OtherOftenStrongWithdrawal => "Otras drogas que consume casi todos los días le dan síntomas fuertes cuando las deja. Con atención médica, pasar por los síntomas de abstinencia puede ser más seguro y más fácil.",
        Reason::PregnantDepressantOften => "Usted está embarazada y bebe alcohol o toma sedantes casi todos los días. Dejarlos de golpe puede hacerles daño a usted y a su bebé, por eso necesita atención médica.",
        Reason::RecentOverdose => "Usted tuvo una sobredosis en el último mes. Eso le pone en alto riesgo de tener otra, y un seguimiento de cerca puede ayudar a protegerle.",
        Reason::MedicalUnstable => "Sus problemas de salud no están bajo control. Junto con sus otras respuestas, esto significa que su salud necesita vigilancia de cerca.",
        Reason::OutpatientNotEnough => "La terapia semanal no le basta en este momento. Una atención más frecuente puede ayudar con lo que nos contó.",
        Reason::PregnantUsingOften => "Usted está embarazada y bebe o consume casi todos los días. La atención regular ayuda a que usted y su bebé estén a salvo.",
        Reason::PregnantRelapsed => "Estar embarazada hace que ahora sea más importante recibir atención constante. Esa atención protege su salud y la de su bebé.",
        Reason::PregnantRecentUse => "Usted está embarazada y bebió o consumió en el último mes. La atención durante el embarazo protege su salud y la de su bebé.",
        Reason::OpioidsOften => "Si consume opioides casi todos los días, el riesgo de sobredosis es alto. Los medicamentos y la consejería pueden ayudar a bajarlo.",
        Reason::DepressantOften => "Usted bebe alcohol o toma sedantes casi todos los días. Por eso, cualquier cambio es riesgoso. Un médico debe ayudarle a planearlo, porque dejarlos de golpe puede causar convulsiones.",
        Reason::MedicineVisits => "Los medicamentos para tratar el consumo de opioides funcionan mejor con citas regulares. Un médico o un consejero le da seguimiento.",
        Reason::NothingPointsToProgram => "Ninguna de sus respuestas indicó un programa de tratamiento por ahora. Aun así, los grupos de apoyo y una cita con su médico le pueden ayudar.",
        Reason::FacilitySevereWithdrawal => "Tener convulsiones o confusión al dejar de consumir es una señal grave. Es más seguro un lugar con enfermeras y médicos de día y de noche.",
        Reason::FacilityPregnant => "Como usted está embarazada, es más seguro dejar de consumir con enfermeras y médicos cerca de día y de noche.",
        Reason::FacilityMedicalUnstable => "Sus problemas de salud no están bajo control. Es más seguro dejar de consumir donde enfermeras y médicos le cuiden de día y de noche.",
        Reason::FacilityRecentOverdose => "Usted tuvo una sobredosis en el último mes. Es más seguro dejar de consumir donde enfermeras y médicos le cuiden de día y de noche.",
        Reason::FacilityThoughts => "Ha tenido pensamientos de hacer daño, así que es más seguro dejar de consumir donde le cuiden de día y de noche.",
        Reason::FacilityMentalHealthOverwhelming => "En este momento, sus emociones le hacen difícil cubrir sus necesidades básicas. Es más seguro dejar de consumir donde le cuiden de día y de noche.",
        Reason::FacilityHomeUnsafe => "Su hogar no es seguro o no es estable, así que es más seguro dejar de consumir en un lugar donde pueda quedarse unos días.",
        Reason::FacilityNoSupport => "Nadie puede quedarse con usted en este momento, así que es más seguro dejar de consumir donde haya enfermeras y médicos cerca de día y de noche.",
        Reason::FacilityWithdrawalRisks => "Varias de sus respuestas, como cuánto bebe o qué sustancias mezcla, muestran que los síntomas de abstinencia podrían ser duros para su cuerpo. Es más seguro dejar de consumir con atención de día y de noche.",
        Reason::FacilityThenInpatient => "La atención que suele venir después es quedarse en un centro. El manejo de la abstinencia también se puede hacer ahí, y así usted se queda en un solo lugar.",
        Reason::ClinicNothingPointsToFacility => "Nada en sus respuestas indica que necesite quedarse en un centro. Es probable que un médico le pueda ayudar a dejar de consumir con seguridad mientras vive en casa.",
        Reason::MedicineOnMoud => "Usted recibe metadona o buprenorfina de una clínica o un médico. Siga tomándola: es el tratamiento principal para el consumo de opioides.",
        Reason::MedicineOpioidsOften => "Usted consume opioides casi todos los días. Los medicamentos como la buprenorfina o la metadona son el tratamiento principal: alivian los síntomas de abstinencia y el deseo intenso de consumir, y bajan el riesgo de morir por una sobredosis.",
        Reason::MedicineOpioidSeverity => "Los opioides le afectan de varias de las formas que eligió. La buprenorfina o la metadona alivian el deseo intenso de consumir y bajan el riesgo de sobredosis.",
        Reason::MedicineRecentOverdose => "Como consume opioides y tuvo una sobredosis en el último mes, la buprenorfina o la metadona son importantes: bajan el riesgo de tener otra.",
        Reason::MedicineSteppingDown => "Usted consume opioides y está terminando un nivel de atención más alto. La buprenorfina o la metadona le ayudan a protegerse de una recaída y de una sobredosis cuando termine esa atención.",
        // Se cuentan con los hechos en que se basan (`Fact` y la gravedad).
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
        Fact::NoSupport => "En este momento, nadie apoya su recuperación. Una atención con más contacto le puede dar ese apoyo.",
        Fact::OthersUseAtHome => "Alguien en su casa bebe o consume drogas. Eso puede hacer más difícil bajar la cantidad o mantenerse sin consumir.",
        Fact::HomeUnsafe => "Su hogar no es seguro, o no tiene un lugar fijo donde vivir. Es difícil mejorar sin un lugar seguro donde quedarse.",
        Fact::Relapsed => "Su consumo de alcohol o drogas, o sus síntomas, volvieron después del tratamiento. Eso es común, y más apoyo puede ayudar esta vez.",
        Fact::RelapsedSymptoms => "Sus síntomas volvieron después del tratamiento. Eso es común, y más apoyo puede ayudar esta vez.",
        Fact::SteppingDown => "Está terminando, o acaba de terminar, un nivel de atención más alto. Seguir con atención constante después de eso le ayuda a mantener lo que ha logrado.",
        Fact::SafeHomeAndSupport => "Tiene un hogar seguro y personas que le apoyan. Eso ayuda mucho a mejorar.",
        Fact::Thoughts => "En el último mes tuvo pensamientos de quitarse la vida, o de hacerse daño o hacerle daño a otra persona. No tiene por qué enfrentar esos pensamientos a solas.",
    }
}

fn note(n: Note) -> &'static str {
    match n {
        Note::FlexibleSchedules => "Muchos programas tienen grupos en las noches, los fines de semana o por video. Pregunte por ellos. La consejería semanal es más fácil de acomodar en su horario, pero da menos apoyo.",
        Note::MedicalLeave => "Usted necesita seguir trabajando, estudiando o cuidando a su familia. Pregunte a su empleador o a su escuela sobre una licencia médica. Más adelante, un programa ambulatorio intensivo le permite seguir trabajando.",
        Note::WorkDuringClinicDetox => "Usted necesita seguir trabajando, estudiando o cuidando a su familia. Pregúntele al médico si puede seguir trabajando durante los primeros días del manejo de la abstinencia.",
        Note::Teen => "Los programas para adolescentes incluyen a un padre, una madre o un tutor legal. Organizan la atención según el horario escolar.",
        Note::TeenMedicine => "Los medicamentos para tratar el consumo de opioides también se usan en adolescentes. Pregunte si el programa los ofrece.",
        Note::FirstCallCommitsNothing => "¿Todavía tiene dudas? No hay problema. Una primera llamada para hacer preguntas no le compromete a nada.",
        Note::EatingDisorderCare => "Los problemas con la comida necesitan atención especial. Pida un programa que trate los trastornos de la alimentación.",
        Note::CoOccurring => "Sus respuestas muestran necesidades tanto con el consumo de alcohol o drogas como con sus emociones. Pida un programa que trate las dos cosas a la vez. Esto se llama atención para trastornos concurrentes (diagnóstico dual).",
        Note::Pregnancy => "Dígale al programa que está embarazada. La atención durante el embarazo es lo primero.",
        Note::PregnancyOpioids => "No deje los opioides, la metadona ni la buprenorfina por su cuenta mientras está embarazada. Los medicamentos son la atención que recomiendan los médicos durante el embarazo, y protegen a su bebé. Pida un programa que trabaje junto con su atención prenatal.",
        Note::DontStopSuddenly => "Dejar el alcohol o los sedantes de golpe puede causar convulsiones. Hable con un médico antes de dejarlos o de consumir menos.",
        Note::SedativeTaper => "Un médico puede planear una reducción lenta de los sedantes, a menudo durante semanas o meses. No los deje de golpe.",
        Note::PastSevereWithdrawal => "Usted ha tenido síntomas de abstinencia graves antes. Cuénteselo a un médico antes de consumir menos o dejar de consumir.",
        Note::OverdoseSafety => "Después de cualquier pausa, la cantidad que consumía antes le puede causar la muerte. Una pausa puede ser el manejo de la abstinencia (desintoxicación), un tratamiento, la cárcel, una estancia en el hospital o dejar su medicamento. Lleve naloxona (Narcan) con usted. Puede comprarla sin receta. No consuma a solas. Las drogas de la calle pueden contener fentanilo u otras drogas.",
        Note::MixingRisk => "No mezcle opioides con alcohol o sedantes. Mezclarlos aumenta su riesgo de sobredosis.",
        Note::AskAboutMedication => "Pregunte en los programas si ofrecen medicamentos para el trastorno por consumo de opioides. Pregunte por la buprenorfina y la metadona.",
        Note::KeepTakingMedicine => "Siga tomando su medicamento. Si lo dejó, llame hoy a su clínica o a su médico. Volver a empezar es más seguro que pasar por los síntomas de abstinencia.",
        Note::ClinicDetoxSafety => "Alguien debe quedarse con usted los primeros días. No maneje. Llame al 911 si tiene una convulsión o confusión, o si ve u oye cosas que no están ahí.",
        Note::SoberLiving => "Alguien en su casa bebe o consume drogas. Pregunte por viviendas de recuperación (casas de vida sobria), donde nadie bebe ni consume drogas.",
        Note::UnsafeHome => "Si no está a salvo en su casa, llame a la Línea Nacional contra la Violencia Doméstica al 1-800-799-7233. O envíe START por mensaje de texto al 88788. Para recibir ayuda con la vivienda, marque 211.",
        Note::SeeADoctor => "Vaya pronto al médico para que revise su salud. Si es urgente, llame al 911 o vaya a una sala de emergencias.",
        // Al responder por otra persona, y adolescentes (issue #13).
        Note::CaregiverTalk => "Elija un momento tranquilo para hablar. Dígale lo que ha visto y que a usted le importa. Escuche más de lo que habla y trate de no culpar. Un entrenamiento para familias llamado CRAFT enseña formas de hablar que hacen más probable que una persona empiece un tratamiento. Pregunte por él en un programa o a un consejero.",
        Note::CaregiverSupport => "El apoyo para usted también es importante. Puede unirse a un grupo de apoyo para familias, como Al-Anon, Nar-Anon o SMART Recovery Family & Friends. También puede hablar con un terapeuta familiar.",
        Note::CaregiverAdult => "Un adulto normalmente decide sobre su propia atención. Usted puede ayudarle a buscar programas, hacer juntos la primera llamada y ofrecerse a llevarle.",
        Note::CaregiverTeen => "Un padre, una madre o un tutor legal normalmente puede organizar la atención de un adolescente. Pida un programa para adolescentes. Incluya también al médico o al consejero escolar del adolescente.",
        Note::CaregiverNotReady => "Muchas personas aceptan ayuda más tarde cuando su familia mantiene la puerta abierta. Siga hablando con su ser querido, y cuídese usted también.",
        Note::CaregiverNaloxone => "Aprenda las señales de una sobredosis, como respirar muy despacio o no respirar, tener los labios azules o no despertar. Tenga naloxona (Narcan) donde pueda alcanzarla, y aprenda a usarla. Llame al 911.",
        Note::TeenSchool => "Pregunte en su escuela por un plan mientras recibe atención. Puede ser estudiar desde casa o tener un horario más ligero.",
        Note::TeenPrivacy => "Lo que usted le cuenta a un consejero normalmente es privado. Hay límites cuando alguien está en peligro. Pregunte cuáles son las reglas donde vive. Un consejero escolar o un adulto de confianza puede ayudarle a hacer la primera llamada.",
    }
}

fn setting(s: Setting) -> SettingText {
    match s {
        Setting::Clinic => SettingText {
            name: "en una clínica, mientras vive en casa (manejo de la abstinencia ambulatorio)",
            expect: "Un médico o una enfermera revisa qué tan riesgoso es para usted dejar de consumir. Le pueden dar medicamentos para pasar los síntomas de abstinencia con seguridad. Durante los primeros días, le ven o le llaman seguido, muchas veces a diario. Con los sedantes, en cambio, se reduce la dosis poco a poco durante semanas o meses. Alguien debe quedarse con usted. Pida atención en un centro si alguna vez tuvo una convulsión o delirium tremens, si está embarazada, si tiene problemas de salud graves o si no tiene a nadie que se quede con usted. El tratamiento sigue en el próximo nivel, y puede empezar durante el manejo de la abstinencia.",
        },
        Setting::Facility => SettingText {
            name: "en un centro con atención las 24 horas",
            expect: "Usted se queda unos días. Enfermeras y médicos le cuidan de día y de noche y le dan medicamentos para pasar los síntomas de abstinencia con seguridad. Después, el tratamiento sigue en el próximo nivel.",
        },
    }
}

fn asam(a: Asam) -> &'static str {
    match a {
        Asam::Crisis => "ninguno: primero, busque ayuda de emergencia o de crisis",
        Asam::None => "ningún nivel de tratamiento (1.0 para alguien en recuperación)",
        Asam::L1_5 => "1.5",
        Asam::L1_7 => "1.7",
        Asam::L2_1 => "2.1",
        Asam::L2_5 => "2.5",
        Asam::L2_7 => "2.7",
        Asam::L3_1Or3_5 => "3.1 o 3.5",
        Asam::L3_7 => "3.7",
        Asam::L3_7Or4 => "3.7, o 4 en un hospital",
    }
}

static UI: Ui = Ui {
    title: "CareFit: encuentre la atención adecuada para usted",
    lang_name: "Español",
    lang_switch_label: "Idioma",
    start_heading: "¿Qué tipo de atención le podría ayudar?",
    start_body: "Responda hasta 16 preguntas cortas sobre el consumo de alcohol y drogas, sus emociones y su vida. Toma unos 3 minutos. Recibirá una sugerencia del tipo de atención que le podría convenir, y de lo que puede esperar ahí. Esto no es un diagnóstico. Puede parar en cualquier momento.",
    start_private: "Sus respuestas se quedan en este dispositivo. No se envía ni se guarda nada. Se borran cuando cierra la página o empieza de nuevo.",
    start_button: "Empezar",
    continue_button: "Continuar",
    back: "Atrás",
    progress_question: "Pregunta",
    progress_of: "de",
    error_title: "Hay un problema",
    error_pick_one: "Elija una respuesta",
    error_pick_any: "Elija todas las que correspondan, o elija \"Ninguna de estas\"",
    error_prefix: "Error:",
    or: "o",
    exit_button: "Salir de esta página",
    exit_hint: "Para salir rápido, presione la tecla Shift (Mayús) 3 veces.",
    panel_thoughts_heading: "Gracias por contárnoslo",
    panel_thoughts_988: "Puede llamar o enviar un mensaje de texto al 988 a cualquier hora, de día o de noche. También puede chatear en línea. Alguien le va a escuchar. En español: marque 2 al llamar, o envíe AYUDA por texto al 988.",
    panel_thoughts_means: "Si puede, ponga distancia entre usted y las cosas que podría usar para hacerse daño. Esto incluye armas de fuego y medicamentos que tenga guardados.",
    panel_thoughts_911: "Si cree que podría hacerle daño a alguien, llame al 911 ahora.",
    panel_thoughts_go_on: "Cuando quiera, puede seguir con las preguntas.",
    panel_withdrawal_heading: "Por favor, no deje de consumir de golpe por su cuenta",
    panel_withdrawal_body: "Dejar de consumir de golpe puede ser peligroso. Puede causar convulsiones u otros problemas graves. Hable con un médico antes de dejar de consumir o de consumir menos.",
    check_heading: "Revise sus respuestas",
    check_change: "Cambiar",
    check_change_hidden: "su respuesta a:",
    check_submit: "Ver su resultado",
    result_kicker: "Nuestra sugerencia para usted",
    result_then: "Después, la atención suele continuar con:",
    continuum_heading: "Dónde encaja esto",
    continuum_home: "Usted vive en casa",
    continuum_stay: "Usted se queda en el centro",
    continuum_you: "Sugerido para usted",
    continuum_after_detox: "Después del manejo de la abstinencia",
    setting_heading: "Dónde:",
    medicine_heading: "Medicamentos para tratar el consumo de opioides",
    medicine_body: "La buprenorfina (como Suboxone) o la metadona es el tratamiento principal para el consumo de opioides. Alivia los síntomas de abstinencia y el deseo intenso de consumir. También baja el riesgo de morir por una sobredosis.",
    medicine_how: "Qué es y cómo empezar",
    medicine_start: "No necesita pasar primero por el manejo de la abstinencia (desintoxicación). A menudo puede empezar en pocos días: en el consultorio de un médico o una clínica, en un programa de tratamiento de opioides (para la metadona), por video o en una sala de emergencias. Va junto con la atención que le sugerimos aquí. Pregunte si el programa lo ofrece o si le puede ayudar a recibirlo pronto. Durante el embarazo, es la atención que recomiendan los médicos.",
    medicine_on_moud: "Usted ya lo toma: siga tomándolo.",
    medicine_warning: "Las convulsiones, la confusión, o ver u oír cosas al dejar de consumir no son síntomas comunes de abstinencia de opioides. Las drogas de la calle pueden contener sedantes sin que usted lo sepa. Llame al 911.",
    asam_label: "Para el personal de admisión: el nivel más cercano en los Criterios de ASAM, 4.ª edición, es",
    asam_medication: "+ medicamento para la adicción (dimensión 1)",
    asam_not_assessment: "Esto no es una evaluación de ASAM.",
    why_heading: "Por qué le sugerimos esto",
    why_also_heading: "Además, según sus respuestas",
    sev_sub_chose: "Usted eligió",
    sev_sub_of: "de las 10 formas en que",
    sev_sub_rest: "puede afectar la vida",
    sev_drinking: "la bebida",
    sev_drugs: "el consumo de drogas",
    sev_drinking_or_drugs: "la bebida o el consumo de drogas",
    sev_withdrawal: ", y tiene síntomas de abstinencia cuando deja de consumir",
    sev_mh: "Sus emociones le afectan",
    sev_mh_also: "Sus emociones también le afectan",
    sev_mh_somewhat: "a veces",
    sev_mh_a_lot: "casi todos los días",
    sev_mh_overwhelming: "tanto que le cuesta comer, dormir o mantenerse a salvo",
    sev_why_mild: "Hablar con un consejero puede ayudar.",
    sev_why_moderate: "Recibir atención con regularidad, con un plan fijo, puede ayudar.",
    sev_why_severe: "Eso requiere mucho apoyo.",
    find_heading: "Encuentre tratamiento cerca de usted",
    result_988_heading: "Puede hablar con alguien ahora",
    line_samhsa_short: "le ayuda a encontrar tratamiento; no es una línea de crisis. Gratis, 24/7.",
    expect_heading: "Qué esperar",
    notes_safety_heading: "Para mantenerse a salvo",
    notes_heading: "Conviene saber",
    center_fallback_name: "Este centro",
    center_offers: "ofrece este tipo de atención.",
    center_not_offered: "no indica que ofrezca este tipo de atención. Pregúnteles qué le recomiendan, o llame a la Línea Nacional de Ayuda de SAMHSA.",
    center_contact: "Comuníquese con ellos en línea",
    privacy_link: "Cómo protegemos su privacidad",
    other_levels_heading: "Otros tipos de atención por los que puede preguntar",
    other_levels_up: "Con más apoyo:",
    other_levels_down: "Con menos apoyo:",
    other_levels_setting: "El manejo de la abstinencia también puede ser",
    other_levels_then: "Después del manejo de la abstinencia:",
    questions_heading: "Preguntas para hacerle a un programa",
    not_a_diagnosis: "Este resultado es un punto de partida para hablar con un profesional. Esto no es un diagnóstico ni una decisión sobre su tratamiento.",
    keep_heading: "Guarde este resultado",
    print_button: "Imprimir o guardar como PDF",
    copy_button: "Copiar como texto",
    copied: "Copiado. Puede pegarlo en un mensaje o en una nota.",
    copy_failed: "No se pudo copiar aquí. En su lugar, puede imprimir o guardar como PDF.",
    start_over_button: "Empezar de nuevo",
    start_over_hint: "Esto borra todas sus respuestas.",
    summary_answers: "Sus respuestas",
    summary_result: "Resultado",
    crisis_heading: "¿Necesita ayuda ahora?",
    line_988_name: "Línea 988 de Prevención del Suicidio y Crisis",
    line_988_what: "Para cualquier crisis o pensamientos de suicidio. Es gratis y atiende las 24 horas, los 7 días de la semana.",
    line_988_language: "En español: marque 2 al llamar, o envíe AYUDA por texto al 988.",
    call: "Llamar al",
    text: "Enviar texto al",
    chat: "Chatear en línea",
    line_911_name: "911 o la sala de emergencias más cercana",
    line_911_what: "Si usted u otra persona está en peligro ahora mismo.",
    line_samhsa_name: "Línea Nacional de Ayuda de SAMHSA",
    line_samhsa_what: "Para ayudarle a encontrar tratamiento cerca de usted. No es una línea de crisis. Es gratis y confidencial, y atiende las 24 horas, los 7 días de la semana, en inglés y en español.",
    expect_schedule: "Días y horarios",
    expect_length: "Cuánto dura",
    expect_services: "Qué se hace ahí",
    expect_first_day: "Su primer día",
    expect_cost: "Costo y seguro médico",
    expect_telehealth: "Citas por video y por teléfono (telesalud)",
    expect_step_down: "Pasar a un nivel menos intensivo",
    expect_after: "Qué viene después",
    expect_group_when: "Cuándo y por cuánto tiempo",
    expect_group_what: "Qué hace ahí",
    expect_group_cost: "Costo, seguro y citas por video",
    expect_group_later: "Más adelante",
    questions_to_ask: [
        "¿Aceptan mi seguro médico o Medicaid? ¿Tienen tarifas según mis ingresos?",
        "¿Qué días y a qué horas se reúnen? ¿Tienen grupos en las noches o por video?",
        "¿Tratan juntos el consumo de alcohol o drogas y la salud mental?",
        "¿Ofrecen medicamentos para ayudar con el deseo intenso de consumir o con los síntomas de abstinencia?",
        "¿Qué pasa el primer día, y qué tan pronto puedo empezar?",
        "¿Cómo vamos a decidir cuándo puedo pasar a un nivel de atención menos intensivo, y qué apoyo hay después?",
    ],
    // Al responder por otra persona (issue #13).
    who_legend: "¿Para quién responde?",
    who_self: "Para mí",
    who_other: "Para un ser querido",
    who_other_hint: "Por ejemplo, un hijo o una hija, su pareja, su padre o su madre, o un amigo o una amiga. Responda según lo que ha visto o sabe.",
    who_short: "Responde por",
    panel_helper_heading: "Cómo ayudar a que esa persona esté a salvo",
    panel_helper_988: "Puede llamar o enviar un mensaje de texto al 988 a cualquier hora para recibir consejos sobre cómo ayudar a alguien. En español: marque 2 al llamar, o envíe AYUDA por texto al 988.",
    panel_helper_ask: "Pregúntele con calma si está pensando en suicidarse. Preguntar no le pone la idea en la cabeza.",
    panel_helper_means: "Mantenga las armas de fuego y los medicamentos guardados lejos de esa persona.",
    panel_helper_911: "Si cree que esa persona podría actuar ahora, llame al 911.",
    crisis_helper_heading: "Cómo ayudar a esa persona ahora mismo",
    crisis_helper_911: "Si esa persona está en peligro ahora, llame al 911.",
    crisis_helper_988: "Llame o envíe un mensaje de texto al 988. Puede llamar por otra persona. En español: marque 2 al llamar, o envíe AYUDA por texto al 988.",
    crisis_helper_stay: "Quédese con esa persona si es seguro para usted.",
    crisis_helper_means: "Retire las armas de fuego y los medicamentos, o manténgalos fuera del alcance de esa persona.",
};
