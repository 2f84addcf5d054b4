# Kodola kļūdu paziņojumi tā, kā tos rāda lietotne (src/i18n/errors.rs).

## Projekta faila atvēršana
err-open-not-found = { $path }: šāda faila nav
err-open-empty = { $path }: fails ir tukšs (0 baitu) un nav projekts; izveidojiet projektu ar `import` vai Jauns
err-open-not-sqlite = { $path }: nav projekta fails (ne SQLite datubāze, ne GeoPackage)
err-open-truncated = { $path }: fails ir nogriezts ({ $actual } no { $expected } baitiem); atjaunojiet to no rezerves kopijas
err-open-corrupt = { $path }: fails ir bojāts ({ $detail }); tas netika mainīts, atjaunojiet to no rezerves kopijas
err-open-foreign-sqlite = { $path }: citas programmas SQLite datubāze, nevis GeoPackage projekts; tā netika mainīta
err-open-foreign-geopackage = { $path }: citas programmas GeoPackage, nevis Symbiosis Explorer projekts; tas netika mainīts. Tā vietā importējiet tā datus jaunā projektā (eksportējiet slāņus CSV formātā un palaidiet `symbiosis-explorer import`)
err-open-too-new = { $path }: rakstīts ar jaunāku Symbiosis Explorer (projekta shēma { $found }; šī versija lasa līdz { $supported }); fails netika mainīts, atveriet to ar jaunāku versiju
err-open-bad-version = { $path }: shēmas versiju '{ $found }' (se_metadata) šī lietotne nav rakstījusi (no 1 līdz { $supported }); fails netika mainīts
err-open-needs-upgrade = { $path }: projekta shēma { $found } jāatjaunina uz { $supported }, bet fails ir tikai lasāms; atveriet rakstāmu kopiju
err-open-locked = { $path }: to bloķējis cits process (tajā raksta cits Symbiosis Explorer vai QGIS); aizveriet to tur un mēģiniet vēlreiz
err-open-triggers = { $path }: satur trigerus, kas nav GeoPackage vai GDAL pašu ({ $names }); trigeris darbojas katrā labojumā, tāpēc fails tika noraidīts un netika mainīts. Noņemiet tos (DROP TRIGGER), ja uzticaties failam
err-open-not-tables = { $path }: { $detail } vietā, kur lietotne gaida tabulu; fails tika noraidīts un netika mainīts
err-open-too-slow = { $path }: faila lasīšana ilgst pārāk ilgi (vairāk nekā { $seconds } s); tajā var būt bezgalīgs vaicājums. Tas netika mainīts
err-open-invalid = { $path }: projektā ir dati, ko lietotne nevar pieņemt: { $detail }; fails netika mainīts. Izlabojiet tos programmā, kas tos rakstīja (vai atjaunojiet rezerves kopiju), un atveriet failu vēlreiz
err-open-unsaved-wal = { $path }: fails atrodas tikai lasāmā krātuvē, un failā { $path }-wal ir nesaglabātas izmaiņas; nokopējiet abus failus rakstāmā mapē un atveriet kopiju
err-path-detail = { $path }: { $detail }

## Atvērta projekta lasīšana un labošana
err-store-read-only = projekts ir atvērts tikai lasīšanai; labojiet kopiju (Saglabāt kā)
err-store-locked = projekta failu bloķējis cits process; pēc brīža mēģiniet vēlreiz
err-store-too-slow = projekta faila lasīšana ilgst pārāk ilgi (vairāk nekā 10 s); tajā var būt bezgalīgs vaicājums
err-store-not-found = { $what }: nav atrasts
err-store-exists = { $path } jau pastāv; izvēlieties citu nosaukumu
err-store-sqlite = projekta fails: { $detail }

## Komandas serveris
err-team-connect = serveris { $server }: neizdevās savienoties: { $detail }
err-team-read-only = tikai lasīšanai: { $detail }
err-team-server = serveris { $server }: { $detail }
err-team-conflicts = { $count ->
    [zero] { $count } konfliktu
    [one] { $count } konflikts
   *[other] { $count } konflikti
}; ne serverī, ne kopijā nekas netika mainīts; izvēlieties pusi (--prefer local|server)

## Ievadīti skaitļi, kodi un mērvienības
err-number-empty = skaitlis nav norādīts
err-number-not-a-number = '{ $text }' nav skaitlis
err-number-too-large = '{ $text }' ir pārāk liels
err-fkko-length = '{ $text }' nav FKKO kods: tajā ir { $digits } cipari, FKKO kodā ir 11 (piem., 4 71 101 01 52 1)
err-fkko-characters = '{ $text }' nav FKKO kods: drīkst rakstīt tikai ciparus un atstarpes (piem., 4 71 101 01 52 1)
err-fkko-block = '{ $text }' nav FKKO kods: tā pirmais cipars, bloks, ir no 1 līdz 9
err-fkko-class = '{ $text }' nav atkritumu veida kods: tā pēdējais cipars, bīstamības klase, ir { $class }; atkritumu veidam ir klase no 1 līdz 5 (0 apzīmē kataloga virsrakstu)
err-unit-no-density = { $material } mēra vienībās { $unit }, nevis { $from }, un katalogs nenorāda blīvumu (t uz m3) pārrēķinam (pievienojiet { $column } failā materials.csv vai norādiet daudzumu vienībās { $unit })
err-unit-no-energy = { $material } mēra vienībās { $unit }, nevis { $from }, un katalogs nenorāda enerģijas saturu (MWh uz t) pārrēķinam (pievienojiet { $column } failā materials.csv vai norādiet daudzumu vienībās { $unit })

## Problēmas importētajos CSV failos (katra pēc fails:rinda:kolonna)
err-csv-line-too-long = rinda ir garāka par { $bytes } baitiem; vai tas ir CSV fails? (katrs ieraksts ir vienā rindā)
err-csv-stopped = apturēts pēc { $count } problēmām; izlabojiet tās un palaidiet importu vēlreiz
err-csv-unclosed-quote = pēdiņa (") šeit atver lauku un nekad netiek aizvērta; aizveriet to vai dubultojiet pēdiņas lauka iekšienē ("")
err-csv-field-too-long = lauks ir garāks par { $bytes } baitiem
err-csv-unreadable-row = nelasāms CSV ieraksts: { $detail }
err-csv-empty-file = fails ir tukšs; tam vajadzīga galvenes rinda ar { $columns }
err-csv-unknown-column = nezināma kolonna '{ $name }' (gaidītas: { $known })
err-csv-column-twice = kolonna '{ $name }' parādās divreiz
err-csv-more-in-header = un vēl problēmas galvenē: { $count }
err-csv-missing-column = trūkst obligātās kolonnas '{ $name }'
err-csv-row-width = ierakstā ir { $fields } lauki, bet galvenē { $width }
err-csv-ambiguous-comma = { $name } '{ $text }' ar komatiem atdalītā failā ir neviennozīmīgs; kā decimālatdalītāju lietojiet punktu
err-csv-not-a-number = { $name } '{ $text }' nav skaitlis
err-csv-implausible-year = { $name } { $year } nav ticams gads (1800..2200)
err-csv-not-a-year = { $name } '{ $text }' nav gads
err-csv-not-yes-no = { $name } '{ $text }' nav jā/nē (rakstiet true vai false)
err-csv-required = { $name } ir obligāts
err-csv-unknown-value = { $what }: nezināma vērtība '{ $text }' (atļautās: { $expected })
err-csv-duplicate-firm = atkārtots uzņēmuma ID '{ $id }' (pirmo reizi rindā { $line })
err-csv-coordinate-outside = { $name } { $value } ir ārpus -{ $limit }..{ $limit }
err-csv-unknown-nace = nezināms NACE 2. red. kods '{ $code }'
err-csv-unknown-firm = nezināms uzņēmuma ID '{ $id }' (nav uzņēmumu failā)
err-csv-unknown-material = nezināms materiāls '{ $id }' (pievienojiet to failā materials.csv vai lietojiet kataloga ID)
err-csv-unit-mismatch-density = mērvienības nesakrīt: { $material } mēra vienībās { $unit }, nevis { $from }, un katalogs nenorāda blīvumu (t uz m3) pārrēķinam (pievienojiet { $column } failā materials.csv vai norādiet daudzumu vienībās { $unit })
err-csv-unit-mismatch-energy = mērvienības nesakrīt: { $material } mēra vienībās { $unit }, nevis { $from }, un katalogs nenorāda enerģijas saturu (MWh uz t) pārrēķinam (pievienojiet { $column } failā materials.csv vai norādiet daudzumu vienībās { $unit })
err-csv-years-reversed = beigu gads { $to } ir pirms sākuma gada { $from }
err-csv-negative-quantity = negatīvs daudzums { $value }; daudzumi ir gadā un ir nulle vai vairāk
err-csv-unknown-ewc = nezināms EWC kods '{ $code }' (Eiropas atkritumu saraksts, piem., 10 01 05)
err-csv-not-negative = { $name } nedrīkst būt negatīvs
err-csv-not-positive = { $name } jābūt lielākam par nulli, nevis { $value }
err-csv-unknown-workshop = nezināms seminārs '{ $id }' (nav workshops.csv)
err-csv-ratio-positive = ratio jābūt pozitīvam, nevis { $value }
err-csv-employees = employees jābūt veselam skaitlim, nulle vai vairāk, nevis { $text }
err-csv-needs-crs = { $x }/{ $y } vajag koordinātu sistēmu: pievienojiet kolonnu 'crs' (piem., EPSG:3006) vai importējiet ar --crs
err-csv-id-not-whole = id '{ $text }' nav vesels skaitlis no 1
err-csv-exchange-id-twice = apmaiņas id { $id } lietots divreiz
err-csv-same-firm-twice = apmaiņai vajag divus dažādus uzņēmumus, nevis divreiz '{ $id }'
err-csv-counterfactual-km = counterfactual_km jābūt no 0 līdz 20000 km, nevis { $value }
err-csv-not-utf8 = fails nav UTF-8 kodējumā; saglabājiet to kā “CSV UTF-8” un mēģiniet vēlreiz
err-csv-not-a-date = { $name } '{ $text }' nav datums formā GGGG-MM-DD (piem., 2021-06-14)
err-csv-unknown-exchange = nezināma apmaiņa { $id } (id, ko rāda `exchanges` un lietotne, vai exchanges.csv kolonna id)
err-csv-exchange-id-not-whole = exchange_id '{ $text }' nav vesels skaitlis
err-csv-workshop-id-twice = semināra id '{ $id }' lietots divreiz
err-csv-unknown-firm-in-csv = nezināms uzņēmums '{ $id }' (nav firms.csv)
err-csv-reason-not-dropped = iemeslu norāda tikai tur, kur posms ir pārtraukts (dropped)
err-csv-outside-range = { $name } { $value } ir ārpus { $from }..{ $to }
err-csv-not-translated-key = '{ $key }' nav tulkojuma atslēga: description.<kods> vai tour_N.<kods>, <kods> viens no { $codes }
err-csv-tour-step = ekskursijas solim '{ $key }' vajag numuru no 1 (tour_1, tour_2, ...)
err-csv-kind-unit-material = mērvienības nesakrīt: materiālu mēra { $canonical }, nevis { $unit }
err-csv-kind-unit-energy = mērvienības nesakrīt: enerģiju mēra { $canonical }, nevis { $unit }
err-csv-kind-unit-water = mērvienības nesakrīt: ūdeni mēra { $canonical }, nevis { $unit }
err-csv-unknown-country = nezināma valsts '{ $text }' (kartes ISO 3166 alpha-2 kods, piem., { $codes })
err-csv-cell-control-name = šūnā ir vadības rakstzīme { $code } (id un nosaukumos vadības rakstzīmes nav atļautas)
err-csv-cell-control-free = šūnā ir vadības rakstzīme { $code } (tekstā atļauta tikai tabulācija un rindu pārnesumi)
err-range-not-usable = { $name } { $value } nav skaitlis, ko lietotne var izmantot
err-range-negative = { $name } { $value } ir negatīvs; tam jābūt nullei vai vairāk (līdz { $max })
err-csv-project-key = { $problem } (projekta atslēgas: { $keys })
err-csv-in-material-unit = { $name } materiāla mērvienībā:
err-csv-two-positions = ir gan kolonnas lat/lon, gan { $x }/{ $y }: atstājiet vienu pāri, lai neviena atrašanās vieta netiktu nolasīta divreiz
err-csv-unknown-port = nezināma osta '{ $text }' (pamatkartes osta, piem., Kalundborg, Aalborg)
err-csv-unknown-language = nezināma valoda '{ $code }'; valodas ir { $codes }
err-csv-outcome-twice = apmaiņai { $id } ir otrs rezultāts par { $year }. gadu; viena rinda katrai apmaiņai un gadam
err-param-not-a-number = { $key } jābūt skaitlim
err-param-rate-not-positive = { $key } jābūt lielākam par nulli (valūtas vienības par EUR)
err-param-not-ets-flag = { $key } jābūt 1 (ES ETS) vai 0
err-param-not-a-fraction = { $key } ir daļa (0,05 = 5 %), nevis { $value }
err-param-lifetime = { $key } jābūt no 1 līdz 200 gadiem, nevis { $value }
err-param-circuity = { $key } jābūt vismaz 1 (maršruts nekad nav īsāks par taisnu līniju)
err-param-negative = { $key } nedrīkst būt negatīvs
err-param-unknown-currency = nezināma valūta '{ $code }' atslēgā '{ $key }' (atļautās: { $expected })
err-param-country-key = nezināms parametrs '{ $key }' (valsts atslēgas izskatās kā country.DK.grid_ef)
err-param-unknown-country = nezināma valsts '{ $code }' atslēgā '{ $key }' (atļautās: { $expected })
err-param-country-field = nezināms parametrs '{ $key }' (valstij ir grid_ef, heat_ef, landfill_cost un in_ets)
err-param-unknown = nezināms parametrs '{ $key }'
err-param-mode = { $detail }
err-param-unknown-mode = nezināms transporta veids atslēgā '{ $key }'
err-crs-unknown = nezināma koordinātu sistēma '{ $text }' (atļautās: { $known })
err-crs-unsupported = koordinātu sistēma EPSG:{ $epsg } netiek atbalstīta (atbalstītās: { $known })
err-crs-not-numbers = koordinātām jābūt skaitļiem
err-crs-from-grid = nevar pārrēķināt no { $code }: { $detail }
err-crs-to-grid = nevar pārrēķināt uz { $code }: { $detail }
err-crs-outside = austrumi { $easting } / ziemeļi { $northing } sistēmā { $code } ({ $name }) atrodas ārpus Baltijas jūras reģiona (platums { $lat }, garums { $lon }); vai šī ir pareizā koordinātu sistēma?
err-crs-outside-swapped = austrumi { $easting } / ziemeļi { $northing } sistēmā { $code } ({ $name }) atrodas ārpus Baltijas jūras reģiona (platums { $lat }, garums { $lon }); šķiet, ka austrumi un ziemeļi ir samainīti
err-crs-no-position = platumam { $lat }, garumam { $lon } nav atrašanās vietas sistēmā { $code }

## Piezīmes par importētajām vērtībām
note-text = piezīme: { $text }
converted = { $quantity } { $from } pārrēķināts uz { $converted } { $unit } materiālam { $material }
converted-energy = { $quantity } { $from } pārrēķināts uz { $converted } { $unit } materiālam { $material } ar { $factor } MWh uz t ({ $source })
converted-density = { $quantity } { $from } pārrēķināts uz { $converted } { $unit } materiālam { $material } ar { $factor } t uz m3 ({ $source })
note-no-country = piezīme: uzņēmums '{ $id }' neatrodas nevienā kartes valstī (nedz { $km } km attālumā no tās): norādiet tā valsti kolonnā 'country'; valsts parametri uz to neattiecas
note-stage-wins = piezīme: apmaiņai { $id } ir statuss { $status }, bet tās pēdējais posms ir { $stage } ({ $date }): noteicošais ir posms, statuss { $wins }
overfill-flow = plūsma { $flow } ir pārpildīta par { $excess }
overfill-supply = uzņēmuma { $firm } piedāvājums ({ $material }, plūsma { $flow }) ir pārsniegts par { $excess } { $unit }
overfill-demand = uzņēmuma { $firm } pieprasījums ({ $material }, plūsma { $flow }) ir pārsniegts par { $excess } { $unit }
overfill-exchange = apmaiņa { $id } ({ $from } -> { $to }, { $material }): { $text }

## What an edit did (the status bar after an edit, an undo or a redo)
edit-add-firm = uzņēmuma { $name } pievienošana
edit-edit-firm = uzņēmuma { $name } labošana
edit-delete-firm = uzņēmuma { $name } dzēšana
edit-add-supply = plūsmas pievienošana: { $firm }, piedāvājums { $material }
edit-add-demand = plūsmas pievienošana: { $firm }, pieprasījums { $material }
edit-edit-flow = plūsmas { $id } labošana
edit-delete-supply = plūsmas dzēšana: { $firm }, piedāvājums { $material }
edit-delete-demand = plūsmas dzēšana: { $firm }, pieprasījums { $material }
edit-add-pasted-flows = ielīmēto plūsmu pievienošana: { $count }
edit-edit-flows = plūsmu labošana: { $count }
edit-delete-flows = plūsmu dzēšana: { $count }
edit-add-exchange = apmaiņas pievienošana { $from } -> { $to } { $material }
edit-edit-exchange = apmaiņas labošana { $from } -> { $to } ({ $status })
edit-delete-exchange = apmaiņas dzēšana { $from } -> { $to }
edit-import = imports: uzņēmumi { $firms }, plūsmas { $flows }, apmaiņas { $exchanges }
edit-project-settings = projekta { $name } iestatījumi
edit-record-stage = apmaiņa { $from } -> { $to }: { $stage }, { $date }
edit-set-parameter = parametrs { $key } = { $value }
edit-add-contact = kontakta { $name } pievienošana ({ $firm })
edit-edit-contact = kontakta { $name } labošana ({ $firm })
edit-outcome = apmaiņas { $id } rezultāts par { $year }. gadu
edit-remove-outcome = apmaiņas { $id } rezultāta par { $year }. gadu noņemšana
edit-workshop = seminārs { $id }, { $date }
edit-remove-workshop = semināra { $id } noņemšana
edit-erase-contact = kontakts { $id } ({ $firm }) pilnībā dzēsts (nevar atsaukt)
