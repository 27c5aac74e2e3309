"""The Ukrainian pages' fixed words, numbers and dates (render/language.py looks them up).

1 732 (a non-breaking space between thousands), «21 вересня 2022 р.», «жовтень 2024 р.».
A phrase used with `_()` and missing from WORDS is a KeyError when a Ukrainian page is rendered.
"""
from __future__ import annotations

from ..model.dates import PartialDate

NBSP = "\u00a0"
QUALIFIERS = {"exact": "", "at-least": "щонайменше ", "more-than": "понад ", "about": "близько "}
_MONTHS = ("січень", "лютий", "березень", "квітень", "травень", "червень",
           "липень", "серпень", "вересень", "жовтень", "листопад", "грудень")
_OF_MONTH = ("січня", "лютого", "березня", "квітня", "травня", "червня",
             "липня", "серпня", "вересня", "жовтня", "листопада", "грудня")
SHORT_MONTHS = ("січ.", "лют.", "бер.", "квіт.", "трав.", "черв.", "лип.", "серп.", "вер.", "жовт.", "лист.", "груд.")


def number(value: int) -> str:
    """574; 1 732 (grouped by a non-breaking space from four digits on)."""
    return f"{value:,}".replace(",", NBSP)


def date(value: PartialDate) -> str:
    """«21 вересня 2022 р.», «вересень 2022 р.», «2022 р.»."""
    if value.day and value.month:
        return f"{value.day} {_OF_MONTH[value.month - 1]} {value.year}{NBSP}р."
    if value.month:
        return f"{_MONTHS[value.month - 1]} {value.year}{NBSP}р."
    return f"{value.year}{NBSP}р."


RECORD_STALE = "*Англійський текст цього запису змінився після перекладу: переклад може бути застарілим.*"
RECORD_INCOMPLETE = "*Частину тексту цього запису ще не перекладено: її подано англійською.*"

# Navigation titles, by English page: the Ukrainian pages' menu.
TITLES = {
    "index.md": "Головна",
    "conscription.md": "Призов і мобілізація",
    "prosecutions.md": "Переслідування (стаття 328)",
    "children.md": "Мілітаризація дітей",
    "violations.md": "Порушення МГП",
    "jurisdiction.md": "Юрисдикція (МКС)",
    "legal.md": "Правові тексти",
    "figures.md": "Цифри",
    "sources.md": "Джерела",
    "timeline.md": "Хронологія",
    "about.md": "Про сайт",
    "cite.md": "Як цитувати",
    "data.md": "Завантаження даних",
    "report.md": "Повний звіт (друк)",
    "changes.md": "Зміни",
    "editors.md": "Для редакторів",
}
SECTIONS = {"Reference": "Довідка", "For advocates": "Для правозахисників"}

WORDS = {
    # Headings and introductions of the generated pages
    "Figures": "Цифри",
    "Every number this site states, once. Each has a permanent link (its id), who counted it, the "
    "source it comes from, the date it refers to, how the source qualifies it (exact, at least, more "
    "than, about) and the source's own words. Where a counter has published earlier values of the "
    "same measure, they are listed as its history; other counters' numbers are figures of their own.":
        "Кожне число, яке наводить цей сайт, — один раз. Для кожного вказано постійне посилання (його "
        "ідентифікатор), хто його підрахував, джерело, дату, до якої воно належить, як джерело його "
        "кваліфікує (точно, щонайменше, понад, близько) і власні слова джерела. Якщо той самий "
        "лічильник раніше публікував інші значення того самого показника, їх наведено як його історію; "
        "числа інших лічильників — окремі цифри.",
    "Prosecutions under Article 328": "Переслідування за статтею 328",
    "Conscription": "Призов",
    "Mobilisation and casualties": "Мобілізація і втрати",
    "Militarisation of children": "Мілітаризація дітей",
    "Legal texts": "Правові тексти",
    "The provisions cited on this site. Quoted passages are copied verbatim from the official "
    "text and marked as quotes; a summary written for this site is labelled as a summary. "
    "Where the report names a provision differently, both are shown.":
        "Норми, на які посилається цей сайт. Цитовані уривки скопійовано дослівно з офіційного тексту "
        "і позначено як цитати; стислий виклад, написаний для цього сайту, позначено як виклад. "
        "Якщо звіт називає норму інакше, наведено обидва варіанти.",
    "Violations of international humanitarian law": "Порушення міжнародного гуманітарного права",
    "Each practice documented by the sources, the provisions they say it breaches, quoted "
    "verbatim, and the figures and documents that evidence it.":
        "Кожна практика, задокументована джерелами, норми, які вона, за словами джерел, порушує "
        "(цитовані дослівно), та цифри й документи, що її підтверджують.",
    "Sources": "Джерела",
    "Every document a figure, a legal text or an event on this site rests on. Links to other "
    "websites open only when you select them. Where a document's exact "
    "title, date or address is not known, the entry says so rather than guess.":
        "Кожен документ, на який спирається цифра, правовий текст чи подія на цьому сайті. Посилання "
        "на інші сайти відкриваються лише тоді, коли ви їх оберете. Якщо точна назва, дата чи адреса "
        "документа невідома, запис так і каже, а не вгадує.",
    "Reports": "Звіти",
    "Articles and news reports": "Статті та новини",
    "Official documents and statements": "Офіційні документи та заяви",
    "Legal instruments": "Правові акти",
    "Legal analysis": "Правовий аналіз",
    "Timeline": "Хронологія",
    "Dated events, oldest first. A date is as precise as its source: a year, a month or a day.":
        "Датовані події, від найдавніших. Дата така точна, як у джерелі: рік, місяць або день.",
    # Labels of entries
    "As of": "Станом на",
    "as of": "станом на",
    "Period counted": "Охоплений період",
    "from {start}": "від {start}",
    "Counted by": "Хто підрахував",
    "Source": "Джерело",
    "Uncertain": "Невизначено",
    "Part of": "Частина",
    "Parts": "Складові",
    "Evidence for": "Підтверджує",
    "Earlier values, newest first:": "Попередні значення, від найновіших:",
    "Values over time": "Значення в часі",
    "Oldest first; the last row is the current value.": "Від найдавніших; останній рядок — поточне значення.",
    "Value": "Значення",
    "The source's words": "Слова джерела",
    "The source’s words": "Слова джерела",
    "Note": "Примітка",
    "Discussed on": "Згадано на сторінках",
    "Permanent link": "Постійне посилання",
    "Latest change": "Остання зміна",
    "correction": "виправлення",
    "new value": "нове значення",
    "no dated change on record": "датованих змін не зафіксовано",
    "Share, cite or embed": "Поширити, цитувати чи вбудувати",
    "this figure's own page, with its share image": "окрема сторінка цієї цифри із зображенням для поширення",
    "Edit": "Редагувати",
    "Edit in {file}, line {line}": "Редагувати у {file}, рядок {line}",
    "known through": "відоме через",
    "untitled": "без назви",
    "Untitled": "Без назви",
    "editors’ translation": "переклад редакції",
    "Title in English, the editors’ translation": "Назва в перекладі редакції",
    "Author": "Автор",
    "Known through": "Відоме через",
    "Official text": "Офіційний текст (англійською)",
    "The passages above are the relevant parts of the provision, quoted verbatim; the text between them is not reproduced.":
        "Уривки вище — відповідні частини норми, цитовані дослівно; текст між ними не відтворено.",
    "Summary written for this site, not a quotation": "Стислий виклад, написаний для цього сайту, не цитата",
    "The article summarising the report calls it": "Як її називає стаття, що підсумовує звіт",
    "Cited by": "На неї посилаються",
    "Events": "Події",
    "The law": "Право",
    "The evidence": "Докази",
    "Documented by": "Задокументовано:",
    "Published by": "Видавець",
    "Date": "Дата",
    "not known": "невідома",
    "Address": "Адреса",
    "no web address known": "вебадреса невідома",
    "Used for": "Використано для",
    "Law": "Право",
    "The article summarising the report words it differently": "Стаття, що підсумовує звіт, формулює це інакше",
    "see “{topic}” on {page}": "див. «{topic}» на сторінці {page}",
    # Quotes
    "Editors' translation, not a quotation": "Переклад редакції, не цитата",
    "editors' translation": "переклад редакції",
    " (in English)": " (англійською)",
    " (in Ukrainian)": " (українською)",
    " (in Russian)": " (російською)",
    "not quoted here: the editors do not hold the source's text": "тут не цитовано: редакція не має тексту джерела",
    # Dates not stated
    "not stated by the source": "джерело не вказує",
    "date not stated by the source": "дату джерело не вказує",
    "date not stated": "дату не вказано",
    "No address known": "Адреса невідома",
    # Blocks and charts
    "The article summarising the report says": "Стаття, що підсумовує звіт, каже",
    "The record shows": "Документи свідчать",
    "What": "Що",
    "Side by side, not one series: each row is a different count, with its own date and source.":
        "Поруч, а не як один ряд: кожен рядок — окремий підрахунок, зі своєю датою і джерелом.",
    "Bar chart": "Стовпчикова діаграма",
    "Each bar's length is proportional to its value.": "Довжина кожного стовпчика пропорційна його значенню.",
    "Bar lengths are proportional to the values. The table below gives the same figures.":
        "Довжини стовпчиків пропорційні значенням. Таблиця нижче містить ті самі цифри.",
    "Figure": "Цифра",
    "Timeline of events, {first} to {last}": "Хронологія подій, {first}–{last}",
    "{count} dated events, oldest first; space between them grows with the time between.":
        "Датованих подій: {count}, від найдавніших; відстань між ними зростає з часом, що їх розділяє.",
    "Oldest first; longer stretches of line mean longer gaps. The table and the entries below give the same events.":
        "Від найдавніших; довші відрізки лінії означають довші проміжки. Таблиця і записи нижче містять ті самі події.",
    "Event": "Подія",
    "Latest": "Останнє",
    "Latest (the source states no date)": "Останнє (джерело не вказує дати)",
    "{label}: published values over time": "{label}: опубліковані значення в часі",
    "{count} values published by the same counter, oldest first; each bar's length is proportional to its value.":
        "Значень, опублікованих тим самим лічильником: {count}, від найдавніших; довжина кожного стовпчика пропорційна значенню.",
    "{unit}, as each count was published, oldest first. The table below gives the same values with their sources.":
        "{unit}: кожен підрахунок у момент публікації, від найдавніших. Таблиця нижче містить ті самі значення з джерелами.",
    # Citations
    "Cite this figure": "Цитувати цю цифру",
    "Cite this violation": "Цитувати це порушення",
    "Cite this provision": "Цитувати цю норму",
    "Cite this source": "Цитувати це джерело",
    "(accessed [date])": "(дата звернення: [дата])",
    "entry": "запис",
    "In": "Джерело:",
    "this provision": "ця норма",
    "Quoted in": "Цитовано на",
    "Listed in": "Наведено на",
    "Import into a reference manager": "Імпорт у менеджер бібліографії",
    "Cited from": "Цитовано з",
    "Evidence": "Докази",
    # The Full report
    "Full report": "Повний звіт",
    "Compiled on {date}": "Укладено {date}",
    "Online at {address}": "В інтернеті: {address}",
    "The topic pages in order, then every figure with its source, the sources with their "
    "addresses, and the legal texts. To print it or save it as PDF, use your browser's Print "
    "command; links in the printed text show their web address.":
        "Тематичні сторінки по черзі, далі кожна цифра з її джерелом, джерела з їхніми адресами "
        "та правові тексти. Щоб надрукувати звіт або зберегти його як PDF, скористайтеся командою "
        "«Друк» у браузері; посилання в надрукованому тексті показують свою вебадресу.",
    "Contents": "Зміст",
    " (appendix)": " (додаток)",
    # The Data page
    "Data downloads": "Завантаження даних",
    "Everything this site states is also available as data, written by the same build from "
    "the same records as the pages, so the files and the pages always agree.":
        "Усе, що стверджує цей сайт, доступне і як дані: їх записує та сама збірка з тих самих "
        "записів, що й сторінки, тож файли і сторінки завжди збігаються.",
    "**As of:** the most recent date a current figure refers to is {date}":
        "**Станом на:** найпізніша дата, до якої належить чинна цифра, — {date}",
    "not stated by any source": "жодне джерело її не вказує",
    "Some figures carry no date from their source; their entries say so, in the files as on the pages.":
        "Деякі цифри не мають дати від свого джерела; їхні записи про це кажуть — у файлах, як і на сторінках.",
    "Files": "Файли",
    "File": "Файл",
    "What it holds": "Що містить",
    "Every record of every kind, in one JSON file.": "Усі записи всіх видів в одному файлі JSON.",
    "The JSON Schema the JSON file follows (draft 7).": "Схема JSON (JSON Schema, draft 7), якій відповідає файл JSON.",
    "one row each.": "по рядку на кожен.",
    "Legal provisions": "Правові норми",
    "Violations": "Порушення",
    "Report wording and the record": "Формулювання звіту і документи",
    "Earlier values of figures": "Попередні значення цифр",
    "The CSV files are UTF-8 text, comma-separated, with a header row, and begin with a "
    "byte-order mark: Excel needs that mark to read the file as UTF-8 rather than in the "
    "computer's local encoding, which would garble the curly quotation marks and dashes. "
    "LibreOffice Calc asks for the character set when it opens a CSV file: choose Unicode "
    "(UTF-8). A cell that lists several ids separates them with a semicolon; a cell holding "
    "several quoted passages separates them with a blank line.":
        "Файли CSV — текст у кодуванні UTF-8, значення розділено комами, перший рядок — заголовки; "
        "файли починаються з позначки порядку байтів (BOM): без неї Excel прочитає файл не як UTF-8, "
        "а в локальному кодуванні комп’ютера, і кирилиця, лапки та тире спотворяться. LibreOffice Calc "
        "під час відкриття CSV питає про набір символів: оберіть Unicode (UTF-8). Комірка з кількома "
        "ідентифікаторами розділяє їх крапкою з комою; комірка з кількома цитованими уривками "
        "розділяє їх порожнім рядком.",
    "A text cell that begins with =, +, -, @ or a tab would be run as a formula by a "
    "spreadsheet, so in the CSV files such a cell begins with an apostrophe ('), which "
    "spreadsheets take as a sign that the cell is text and do not show. The JSON file holds "
    "the text exactly as written.":
        "Текстову комірку, що починається з =, +, -, @ або табуляції, електронна таблиця виконала б "
        "як формулу, тому у файлах CSV така комірка починається з апострофа ('), який таблиці "
        "сприймають як ознаку тексту і не показують. Файл JSON містить текст точно так, як його записано.",
    "Using the figures": "Використання цифр",
    "The figures are not this site's: each belongs to the source named with it, and must be "
    "cited to that source. Each figure, violation, provision and source carries a ready-made citation, in the "
    "`citation` column and on the site; see [How to cite](cite.md).":
        "Цифри належать не цьому сайту: кожна належить названому з нею джерелу, і посилатися треба "
        "на це джерело. Кожна цифра, порушення, норма і джерело мають готове посилання — у стовпці "
        "`citation` і на сайті; див. [Як цитувати](cite.md).",
    "Licence": "Ліцензія",
    "Everything in one file": "Усе в одному файлі",
    "every file below, a `datapackage.json` describing the CSV "
    "files ([Frictionless Data Package](https://datapackage.org/), readable by many data tools), the "
    "citations, a README and the licence.":
        "усі файли, перелічені нижче, `datapackage.json` з описом файлів CSV "
        "([Frictionless Data Package](https://datapackage.org/), його читає багато інструментів для даних), "
        "посилання, README і ліцензія.",
    "the whole site, to read without a connection, for "
    "readers where this site may be blocked. Unpack it and open `index.html` in a browser; search works too.":
        "увесь сайт для читання без інтернету — для читачів там, де цей сайт може бути заблоковано. "
        "Розпакуйте архів і відкрийте `index.html` у браузері; пошук теж працює.",
    "Every figure, violation, provision and source as a citation: BibTeX, RIS and CSL-JSON, for reference managers.":
        "Кожна цифра, порушення, норма і джерело як бібліографічний запис: BibTeX, RIS і CSL-JSON, для менеджерів бібліографії.",
    "Fields": "Поля",
    "Each text field has its Ukrainian text in the column of the same name beginning with uk_ "
    "(in the JSON file: in uk inside each record). The meanings of the columns are given in English.":
        "Український текст кожного текстового поля — у стовпці з тією самою назвою, що починається "
        "з uk_ (у файлі JSON — в uk усередині кожного запису). Значення стовпців подано англійською.",
    "In the JSON file: the list {key}.": "У файлі JSON: список {key}.",
    "In the JSON file: the list history inside each figure.": "У файлі JSON: список history усередині кожної цифри.",
    "Column": "Стовпець",
    "Meaning": "Значення",
    # A figure's own page, and its embed
    "Full entry": "Повний запис",
    "[Figures: {label}]({link}), with earlier values and the pages that use it":
        "[Цифри: {label}]({link}) — з попередніми значеннями і сторінками, що її використовують",
    "Share or embed this figure": "Поширити чи вбудувати цю цифру",
    "A link to this page shows an image of the figure where it is shared":
        "Посилання на цю сторінку показує зображення цифри там, де ним діляться (зображення англійською)",
    "The figure as an image, to share": "Цифра як зображення для поширення (англійською)",
    "pixels": "пікселів",
    "To show the figure on another website with its citation and a link back, paste the HTML below. "
    "It loads nothing from any other website, and looks like this:":
        "Щоб показати цифру на іншому сайті з посиланням на джерело і на цю сторінку, вставте HTML нижче. "
        "Він нічого не завантажує з інших сайтів і виглядає так:",
    # The Changes page
    "Changes": "Зміни",
    "What has changed in this record, newest first: each new value of a figure (dated as its "
    "source dates it), each correction this site has made (with what changed and why), and each "
    "report, article, statement or analysis the record draws on (dated by its publication).":
        "Що змінилося в цьому записі, від найновішого: кожне нове значення цифри (з датою, яку дає "
        "джерело), кожне виправлення, зроблене сайтом (що змінено і чому), і кожен звіт, стаття, "
        "заява чи аналіз, на які спирається запис (з датою публікації).",
    "Follow updates in a feed reader": "Стежте за оновленнями в програмі для читання стрічок",
    "Atom feed": "стрічка Atom (англійською)",
    "Corrections": "Виправлення",
    "Correction": "Виправлення",
    "No corrections have been made so far.": "Досі виправлень не було.",
    "New values and sources": "Нові значення і джерела",
    "New value": "Нове значення",
    "New source": "Нове джерело",
    "Published by {publisher}.": "Видавець: {publisher}.",
}
